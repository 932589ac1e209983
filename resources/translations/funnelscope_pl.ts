<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>ActionRules</name>
    <message>
        <location filename="../../core/goals/actionrules.cpp" line="+113"/>
        <source>Click-through rate fell by 10% or more while impressions grew.</source>
        <translation>Klikalność spadła o co najmniej 10%, choć liczba wyświetleń wzrosła.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/B test the ad creatives and calls to action — wording, colour, size, placement — one element at a time, so you know which change worked. If the new impressions reach a wider audience, tighten the targeting.</source>
        <translation>Przeprowadź testy A/B kreacji reklamowych i wezwań do działania — sformułowań, koloru, rozmiaru, położenia — po jednym elemencie naraz, aby wiedzieć, która zmiana zadziałała. Jeśli nowe wyświetlenia docierają do szerszej grupy odbiorców, zawęź targetowanie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bounce rate rose by 10% or more.</source>
        <translation>Współczynnik odrzuceń wzrósł o co najmniej 10%.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the landing pages&apos; experience: load speed on phones and computers, whether the content matches the ad or link that brought the visitor, and a clear, uncluttered, easy-to-scan layout.</source>
        <translation>Sprawdź doświadczenie użytkowników na stronach docelowych: szybkość ładowania na telefonach i komputerach, zgodność treści z reklamą lub linkiem, z którego trafił odwiedzający, oraz przejrzystość układu — czytelnego, nieprzeładowanego i łatwego do przejrzenia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email open rate fell by 10% or more.</source>
        <translation>Otwieralność e-maili spadła o co najmniej 10%.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clean the email list — inactive, duplicate, mistyped and closed addresses — then A/B test the subject lines. Check that sending frequency and content still suit the readers.</source>
        <translation>Wyczyść listę adresową — usuń adresy nieaktywne, zduplikowane, z literówkami i zamknięte — a następnie przeprowadź testy A/B tematów wiadomości. Sprawdź, czy częstotliwość wysyłki i treść nadal odpowiadają odbiorcom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsubscribe rate rose by 10% or more.</source>
        <translation>Wskaźnik wypisań wzrósł o co najmniej 10%.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send less often and make each email more relevant: segment the list so every segment gets content that matters to it, and keep nurture emails educational rather than pushy. Keep unsubscribing easy, or readers report the emails as spam.</source>
        <translation>Wysyłaj rzadziej i zadbaj o większą trafność każdego e-maila: podziel listę na segmenty, aby każdy z nich otrzymywał istotne dla siebie treści, a w e-mailach pielęgnacyjnych stawiaj na edukację zamiast nachalności. Nie utrudniaj wypisywania się z listy, bo odbiorcy zaczną zgłaszać e-maile jako spam.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Landing page conversion rate fell by 10% or more.</source>
        <translation>Konwersja stron docelowych spadła o co najmniej 10%.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test the landing page one element at a time — the form, the call to action, the layout and colours — and remove distractions: no navigation bar, links or other offers.</source>
        <translation>Testuj stronę docelową po jednym elemencie naraz — formularz, wezwanie do działania, układ i kolory — i usuń elementy rozpraszające: żadnego paska nawigacji, linków ani innych ofert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A channel&apos;s cost per lead rose by 10% or more, with at least 10 leads in both periods.</source>
        <translation>Koszt leada w jednym z kanałów wzrósł o co najmniej 10%, przy co najmniej 10 leadach w obu okresach.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift budget towards channels with a lower cost per lead and a higher Lead → MQL rate: judge channels by the qualified leads they bring, not by raw lead counts.</source>
        <translation>Przesuń budżet do kanałów o niższym koszcie leada i wyższej konwersji lead → MQL: oceniaj kanały po liczbie kwalifikowanych leadów, które przynoszą, a nie po surowej liczbie leadów.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MQL → SQL rate fell by 10% or more, with at least 10 MQLs in both periods.</source>
        <translation>Konwersja MQL → SQL spadła o co najmniej 10%, przy co najmniej 10 MQL w obu okresach.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revisit lead scoring and the MQL criteria together with sales, so marketing hands over the leads sales is ready to work; tailor nurture paths to the segments that convert.</source>
        <translation>Przeanalizuj ponownie punktację leadów i kryteria MQL razem z działem sprzedaży, aby marketing przekazywał leady, którymi sprzedaż jest gotowa się zająć; dostosuj ścieżki pielęgnowania leadów do segmentów, które konwertują.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Win rate fell by 10% or more.</source>
        <translation>Wskaźnik wygranych spadł o co najmniej 10%.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the bottom-of-funnel assets — case studies, sales presentations and demos — and follow deals by lead source and campaign to see where the customers who buy come from.</source>
        <translation>Przejrzyj materiały z dołu lejka — studia przypadków, prezentacje sprzedażowe i dema — i śledź transakcje według źródła leadów i kampanii, aby sprawdzić, skąd pochodzą klienci, którzy kupują.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer acquisition cost rose by 10% or more, and faster than revenue.</source>
        <translation>Koszt pozyskania klienta wzrósł o co najmniej 10% i to szybciej niż przychód.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break customer acquisition cost down by channel — inbound, paid, content — to see which channels are more efficient and scale better, and move spend towards them.</source>
        <translation>Rozbij koszt pozyskania klienta na kanały — inbound, płatne media, content marketing — aby sprawdzić, które z nich są wydajniejsze i lepiej się skalują, i przesuń do nich wydatki.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Churn rate rose by 10% or more.</source>
        <translation>Wskaźnik rezygnacji wzrósł o co najmniej 10%.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask customers why: run satisfaction and NPS surveys, collect feedback, and make support easy to reach and proactive about problems. Keeping a customer costs less than winning a new one.</source>
        <translation>Zapytaj klientów o powody: przeprowadź ankiety satysfakcji i NPS, zbieraj opinie, zadbaj o łatwo dostępne wsparcie, które proaktywnie rozwiązuje problemy. Utrzymanie klienta kosztuje mniej niż pozyskanie nowego.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Click-through rate fell %1 (%2 → %3) while impressions grew %4 (%5 → %6).</source>
        <translation>Klikalność spadła o %1 (%2 → %3), a liczba wyświetleń wzrosła o %4 (%5 → %6).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bounce rate rose %1 (%2 → %3).</source>
        <translation>Współczynnik odrzuceń wzrósł o %1 (%2 → %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email open rate fell %1 (%2 → %3).</source>
        <translation>Otwieralność e-maili spadła o %1 (%2 → %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsubscribe rate rose %1 (%2 → %3).</source>
        <translation>Wskaźnik wypisań wzrósł o %1 (%2 → %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Landing page conversion rate fell %1 (%2 → %3).</source>
        <translation>Konwersja stron docelowych spadła o %1 (%2 → %3).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 has a lower cost per lead (%2 against %3) and a higher Lead → MQL rate (%4 against %5).</source>
        <translation>Kanał %1 ma niższy koszt leada (%2 wobec %3) i wyższą konwersję lead → MQL (%4 wobec %5).</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Cost per lead on %1 rose %2 (%3 → %4), on %5 leads.</source>
        <translation>Koszt leada w kanale %1 wzrósł o %2 (%3 → %4); liczba leadów: %5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MQL → SQL rate fell %1 (%2 → %3), on %4 MQLs.</source>
        <translation>Konwersja MQL → SQL spadła o %1 (%2 → %3); liczba MQL: %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Win rate fell %1 (%2 → %3).</source>
        <translation>Wskaźnik wygranych spadł o %1 (%2 → %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer acquisition cost rose %1 (%2 → %3) while revenue grew only %4 (%5 → %6).</source>
        <translation>Koszt pozyskania klienta wzrósł o %1 (%2 → %3), a przychód tylko o %4 (%5 → %6).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer acquisition cost rose %1 (%2 → %3) while revenue fell %4 (%5 → %6).</source>
        <translation>Koszt pozyskania klienta wzrósł o %1 (%2 → %3), a przychód spadł o %4 (%5 → %6).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer acquisition cost rose %1 (%2 → %3) while revenue stayed at %4.</source>
        <translation>Koszt pozyskania klienta wzrósł o %1 (%2 → %3), a przychód pozostał na poziomie %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Churn rate rose %1 (%2 → %3).</source>
        <translation>Wskaźnik rezygnacji wzrósł o %1 (%2 → %3).</translation>
    </message>
</context>
<context>
    <name>Bucket</name>
    <message numerus="yes">
        <location filename="../../core/kpi/bucketcoverage.cpp" line="+79"/>
        <source>partial week: %1 of %n days</source>
        <translation>
            <numerusform>niepełny tydzień: %1 z %n dnia</numerusform>
            <numerusform>niepełny tydzień: %1 z %n dni</numerusform>
            <numerusform>niepełny tydzień: %1 z %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>partial month: %1 of %n days</source>
        <translation>
            <numerusform>niepełny miesiąc: %1 z %n dnia</numerusform>
            <numerusform>niepełny miesiąc: %1 z %n dni</numerusform>
            <numerusform>niepełny miesiąc: %1 z %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>partial quarter: %1 of %n days</source>
        <translation>
            <numerusform>niepełny kwartał: %1 z %n dnia</numerusform>
            <numerusform>niepełny kwartał: %1 z %n dni</numerusform>
            <numerusform>niepełny kwartał: %1 z %n dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no data for this day</source>
        <translation>brak danych za ten dzień</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dashed: days without data (not a fall to zero).</source>
        <translation>Linia przerywana: dni bez danych (a nie spadek do zera).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashed: days without data</source>
        <translation>Linia przerywana: dni bez danych</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dashed — %1</source>
        <translation>Linia przerywana — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashed — %1 (those days only, not scaled).</source>
        <translation>Linia przerywana — %1 (tylko te dni, bez przeliczania na pełny okres).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/main.cpp" line="+86"/>
        <source>Try &apos;funnelscope-cli --help&apos;.</source>
        <translation>Użyj &apos;funnelscope-cli --help&apos;.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Show this help.</source>
        <translation>Wyświetla tę pomoc.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>cannot read workspace %1: %2</source>
        <translation>nie można odczytać obszaru roboczego %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>auto, campaign, leads, deals, customers, surveys, expenses, touchpoints or rates.</source>
        <translation>auto, campaign, leads, deals, customers, surveys, expenses, touchpoints lub rates.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>auto or a preset name.</source>
        <translation>auto lub nazwa szablonu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source label (default: the preset&apos;s name for a tool&apos;s export, else manual).</source>
        <translation>Etykieta źródła (domyślnie: nazwa szablonu w przypadku eksportu z narzędzia, w innym razie manual).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dmy or mdy, for slash dates the file cannot decide.</source>
        <translation>dmy lub mdy – dla dat z ukośnikami, których kolejności nie da się ustalić na podstawie pliku.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comma or point: the decimal separator of the file&apos;s numbers, when they cannot tell.</source>
        <translation>comma lub point: separator dziesiętny liczb w pliku, gdy same liczby tego nie rozstrzygają.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file&apos;s encoding, e.g. windows-1250 (default: detect).</source>
        <translation>Kodowanie pliku, np. windows-1250 (domyślnie: wykrywane automatycznie).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map a header of the file onto a column, e.g. &quot;Spend=cost&quot; (repeatable; &quot;Notes=&quot; ignores one).</source>
        <translation>Przypisz nagłówek pliku do kolumny, np. &quot;Wydatki=cost&quot; (można powtarzać; &quot;Uwagi=&quot; pomija kolumnę).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The channel of every row, for a file without a channel column.</source>
        <translation>Kanał każdego wiersza, dla pliku bez kolumny kanału.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How a deal stage of your pipeline counts: won, lost or open, e.g. &quot;Closed: abandoned=lost&quot;; repeatable, remembered by the workspace for later imports.</source>
        <translation>Jak liczy się etap transakcji w Twoim lejku: won, lost lub open, np. &quot;Closed: abandoned=lost&quot;; można powtarzać, obszar roboczy zapamiętuje to dla kolejnych importów.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The currency of amounts the file does not name, e.g. PLN (default: the workspace&apos;s).</source>
        <translation>Waluta kwot, dla których plik jej nie podaje, np. PLN (domyślnie: waluta obszaru roboczego).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day a report without dates covers, when the file does not say (with --to).</source>
        <translation>Pierwszy dzień objęty raportem bez dat, gdy plik go nie podaje (razem z --to).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day a report without dates covers (with --from).</source>
        <translation>Ostatni dzień objęty raportem bez dat (razem z --from).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as JSON.</source>
        <translation>Wypisuje wynik w formacie JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files to import.</source>
        <translation>Pliki CSV do zaimportowania.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import CSV files into a workspace; each file lands whole or not at all.</source>
        <translation>Importuje pliki CSV do obszaru roboczego; każdy plik trafia tam w całości albo wcale.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import: unknown kind &apos;%1&apos;</source>
        <translation>import: nieznany typ &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import: --currency is an ISO 4217 code such as PLN, EUR or USD, not &apos;%1&apos;</source>
        <translation>import: --currency przyjmuje kod ISO 4217, np. PLN, EUR lub USD, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import: --source needs a label</source>
        <translation>import: opcja --source wymaga etykiety</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import: unknown preset &apos;%1&apos; (available: %2)</source>
        <translation>import: nieznany szablon &apos;%1&apos; (dostępne: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import: unknown encoding &apos;%1&apos; (e.g. UTF-8, UTF-16LE, windows-1250, windows-1251, windows-1254, Big5, GB18030)</source>
        <translation>import: nieznane kodowanie &apos;%1&apos; (np. UTF-8, UTF-16LE, windows-1250, windows-1251, windows-1254, Big5, GB18030)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>import: --date-order is dmy or mdy, not &apos;%1&apos;</source>
        <translation>import: --date-order przyjmuje wartość dmy lub mdy, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import: --decimal is comma or point, not &apos;%1&apos;</source>
        <translation>import: --decimal przyjmuje comma lub point, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>import: --map is HEADER=COLUMN with a column of data-model.md (date, channel, campaign, impressions, clicks, cost, …), not &apos;%1&apos;</source>
        <translation>import: --map ma postać NAGŁÓWEK=KOLUMNA z kolumną z data-model.md (date, channel, campaign, impressions, clicks, cost, …), a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>import: --channel needs a name</source>
        <translation>import: --channel wymaga nazwy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import: --stage is STAGE=won, STAGE=lost or STAGE=open, not &apos;%1&apos;</source>
        <translation>import: --stage ma postać ETAP=won, ETAP=lost lub ETAP=open, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>import: --from and --to are both needed, as YYYY-MM-DD, the first not after the last</source>
        <translation>import: potrzebne są oba parametry --from i --to, w formacie YYYY-MM-DD, przy czym pierwszy nie może być późniejszy niż ostatni</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>import: name at least one FILE</source>
        <translation>import: podaj co najmniej jeden plik (FILE)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>, line %1</source>
        <translation>, wiersz %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, column &apos;%1&apos;</source>
        <translation>, kolumna &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The reporting currency money is converted into, e.g. EUR (default: the workspace&apos;s).</source>
        <translation>Waluta raportowania, na którą przeliczane są kwoty, np. EUR (domyślnie: waluta obszaru roboczego).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: --currency is an ISO 4217 code such as PLN, EUR or USD, not &apos;%2&apos;</source>
        <translation>%1: --currency przyjmuje kod ISO 4217, np. PLN, EUR lub USD, a nie &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+162"/>
        <location line="+90"/>
        <location line="+356"/>
        <source>First day of the period.</source>
        <translation>Pierwszy dzień okresu.</translation>
    </message>
    <message>
        <location line="-607"/>
        <location line="+162"/>
        <location line="+90"/>
        <location line="+356"/>
        <source>Last day of the period.</source>
        <translation>Ostatni dzień okresu.</translation>
    </message>
    <message>
        <location line="-607"/>
        <location line="+162"/>
        <source>Only this channel (repeatable).</source>
        <translation>Tylko ten kanał (opcję można powtarzać).</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+162"/>
        <source>Only this campaign (repeatable).</source>
        <translation>Tylko ta kampania (opcję można powtarzać).</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>previous or year.</source>
        <translation>previous lub year.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day, week, month, quarter, channel or campaign. A time bucket with fewer days of data than its calendar week, month or quarter is marked partial (JSON: days, period_days, covered_days, partial; table: *); its sums are never scaled.</source>
        <translation>day, week, month, quarter, channel lub campaign. Przedział czasu, który ma mniej dni z danymi niż jego kalendarzowy tydzień, miesiąc lub kwartał, jest oznaczany jako niepełny (JSON: days, period_days, covered_days, partial; tabela: *); jego sumy nigdy nie są przeliczane na pełny okres.</translation>
    </message>
    <message>
        <location line="+606"/>
        <source>Print this saved review (see review list), with its decisions and notes, instead of a new one for --from and --to.</source>
        <translation>Generuje ten zapisany przegląd (zob. review list) wraz z jego decyzjami i notatkami zamiast nowego przeglądu za okres --from – --to.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the SMART review of a period, or a saved review, as a PDF.</source>
        <translation>Zapisuje przegląd SMART okresu lub zapisany przegląd jako PDF.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>report: --review is a review&apos;s ID (see review list), not &apos;%1&apos;</source>
        <translation>report: --review przyjmuje ID przeglądu (zob. review list), a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-620"/>
        <location line="+251"/>
        <location line="+121"/>
        <source>json (default), csv or table.</source>
        <translation>json (domyślnie), csv lub table.</translation>
    </message>
    <message>
        <location line="-368"/>
        <source>Compute every KPI of the catalog.</source>
        <translation>Oblicza wszystkie KPI z katalogu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>kpis: --from and --to are dates like 2025-01-31</source>
        <translation>kpis: --from i --to muszą być datami, np. 2025-01-31</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kpis: --from is after --to</source>
        <translation>kpis: data --from jest późniejsza niż --to</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>kpis: --compare is previous or year, not &apos;%1&apos;</source>
        <translation>kpis: --compare przyjmuje wartość previous lub year, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>kpis: --by is day, week, month, quarter, channel or campaign, not &apos;%1&apos;</source>
        <translation>kpis: --by przyjmuje wartość day, week, month, quarter, channel lub campaign, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kpis: --format is json, csv or table, not &apos;%1&apos;</source>
        <translation>kpis: --format przyjmuje wartość json, csv lub table, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kpis: --by %1 from %2 to %3 gives %4 rows, more than %5: choose a longer bucket or a shorter period</source>
        <translation>kpis: --by %1 od %2 do %3 daje %4 wierszy, więcej niż %5: wybierz dłuższy przedział lub krótszy okres</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Includes totals spread evenly over %1 – %2 (%3): a range report with no day breakdown</source>
        <translation>Obejmuje sumy rozłożone równo na %1 – %2 (%3): raport za okres bez podziału na dni</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The KPI whose rows to list, by its id (leads, cpl, revenue, ...).</source>
        <translation>KPI, którego wiersze mają zostać wyświetlone, podany przez identyfikator (leads, cpl, revenue, ...).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>csv (default) or json.</source>
        <translation>csv (domyślnie) lub json.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the stored rows behind one KPI of a period: its date, channel, campaign, the values the KPI uses, and the file and line each row came from (empty line: imported before lines were recorded; lines &gt; 1: several lines of the file were summed into the row, and line is the first). Amounts are as stored, in the row&apos;s currency. Money and decimals are plain decimals, in JSON as strings.</source>
        <translation>Wyświetla zapisane wiersze stojące za jednym KPI w danym okresie: datę, kanał, kampanię, wartości używane przez KPI oraz plik i wiersz pliku, z którego pochodzi każdy z nich (pusta kolumna line: zaimportowano, zanim zaczęto zapisywać numery wierszy; lines &gt; 1: w wierszu zsumowano kilka wierszy pliku, a line wskazuje pierwszy z nich). Kwoty są podane tak, jak je zapisano, w walucie wiersza. Kwoty i liczby dziesiętne są zwykłymi liczbami dziesiętnymi, a w JSON — tekstem.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rows: --kpi ID is required (an id of &apos;funnelscope-cli kpis&apos; output)</source>
        <translation>rows: wymagana jest opcja --kpi ID (identyfikator z wyniku &apos;funnelscope-cli kpis&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rows: unknown KPI &apos;%1&apos;</source>
        <translation>rows: nieznany KPI &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rows: --from and --to are dates like 2025-01-31</source>
        <translation>rows: --from i --to muszą być datami, np. 2025-01-31</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rows: --from is after --to</source>
        <translation>rows: data --from jest późniejsza niż --to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rows: --format is csv or json, not &apos;%1&apos;</source>
        <translation>rows: --format przyjmuje wartość csv lub json, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>first, last, linear, time-decay or position.</source>
        <translation>first, last, linear, time-decay lub position.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channel (default) or campaign.</source>
        <translation>channel (domyślnie) lub campaign.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days in which a touch&apos;s weight halves, for time-decay (default 7).</source>
        <translation>Liczba dni, po których waga punktu styku spada o połowę, dla modelu time-decay (domyślnie 7).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Credit the period&apos;s leads, customers and won revenue to the channels or campaigns of their touchpoints.</source>
        <translation>Przypisuje leady, klientów i przychód z wygranych transakcji z danego okresu kanałom lub kampaniom ich punktów styku.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attribution: --from and --to are dates like 2025-01-31, in order</source>
        <translation>attribution: --from i --to muszą być datami, np. 2025-01-31, podanymi w kolejności</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attribution: --model is first, last, linear, time-decay or position</source>
        <translation>attribution: --model przyjmuje wartość first, last, linear, time-decay lub position</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attribution: --by is channel or campaign, not &apos;%1&apos;</source>
        <translation>attribution: --by przyjmuje wartość channel lub campaign, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>attribution: --half-life is a number of days above 0</source>
        <translation>attribution: --half-life musi być liczbą dni większą od 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attribution: --format is json, csv or table, not &apos;%1&apos;</source>
        <translation>attribution: --format przyjmuje wartość json, csv lub table, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Attribution %1 – %2, %3 model, by %4

</source>
        <translation>Atrybucja %1 – %2, model %3, według %4

</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>First creation day of the cohorts.</source>
        <translation>Pierwszy dzień tworzenia kohort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last creation day of the cohorts.</source>
        <translation>Ostatni dzień tworzenia kohort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>month (default) or week.</source>
        <translation>month (domyślnie) lub week.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lead cohorts by creation month or week: the share reaching each stage within 30, 60, 90 and 180 days, and the median days to it.</source>
        <translation>Kohorty leadów według miesiąca lub tygodnia utworzenia: odsetek osiągający każdy etap w ciągu 30, 60, 90 i 180 dni oraz mediana liczby dni do jego osiągnięcia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cohorts: --from and --to are dates like 2025-01-31, in order</source>
        <translation>cohorts: --from i --to muszą być datami, np. 2025-01-31, podanymi w kolejności</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cohorts: --by is month or week, not &apos;%1&apos;</source>
        <translation>cohorts: --by przyjmuje wartość month lub week, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cohorts: --format is json, csv or table, not &apos;%1&apos;</source>
        <translation>cohorts: --format przyjmuje wartość json, csv lub table, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>* still maturing: some leads of the cohort have not had that many days yet</source>
        <translation>* kohorta jeszcze dojrzewa: od utworzenia części jej leadów nie minęło jeszcze tyle dni</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: name one of %2%3</source>
        <translation>%1: podaj jedno z: %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, not &apos;%1&apos;</source>
        <translation>, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>who prepared the review, printed on the cover.</source>
        <translation>kto przygotował przegląd; drukowane na okładce.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whom it is for (&quot;the Board&quot;), printed on the cover.</source>
        <translation>dla kogo jest przegląd („Zarząd”); drukowane na okładce.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sections of the PDF, comma-separated, of: %1 (default: all).</source>
        <translation>sekcje PDF rozdzielone przecinkami, spośród: %1 (domyślnie: wszystkie).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your comment at the top of a section, as SECTION=TEXT (repeatable; an empty TEXT removes it; a blank line separates paragraphs).</source>
        <translation>twój komentarz na początku sekcji w postaci SECTION=TEXT (można powtarzać; pusty TEXT usuwa komentarz; pusty wiersz oddziela akapity).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: no section &apos;%2&apos;: the sections are %3</source>
        <translation>%1: brak sekcji &apos;%2&apos;; dostępne sekcje: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: --sections names at least one of %2</source>
        <translation>%1: --sections musi wskazywać co najmniej jedną z sekcji: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: --comment is SECTION=TEXT, such as summary=&quot;Pipeline is on plan&quot;, not &apos;%2&apos;</source>
        <translation>%1: --comment ma postać SECTION=TEXT, np. summary=&quot;Pipeline zgodny z planem&quot;, a nie &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The PDF to write.</source>
        <translation>Plik PDF do zapisania.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report&apos;s language.</source>
        <translation>Język raportu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This PDF only (a saved review keeps its own, see review edit): </source>
        <translation>Tylko dla tego PDF (zapisany przegląd ma własne, zob. review edit): </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>report: --review prints a saved review of its own period: drop --from, --to and --view</source>
        <translation>report: --review generuje zapisany przegląd za jego własny okres: pomiń --from, --to i --view</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>report: --from and --to are dates like 2025-01-31</source>
        <translation>report: --from i --to muszą być datami, np. 2025-01-31</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>report: --from is after --to</source>
        <translation>report: data --from jest późniejsza niż --to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report: --out FILE.pdf is required</source>
        <translation>report: wymagana jest opcja --out FILE.pdf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>report: --lang is one of %1, not &apos;%2&apos;</source>
        <translation>report: --lang to jeden z: %1, a nie „%2”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--review %1: no such review in %2</source>
        <translation>--review %1: brak takiego przeglądu w %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+601"/>
        <source>Marketing review %1 – %2</source>
        <translation>Przegląd marketingowy %1 – %2</translation>
    </message>
    <message>
        <location line="-561"/>
        <source>Count a stored channel name as a channel, e.g. &quot;Direct Traffic=Direct&quot; (repeatable; &quot;NAME=&quot; goes back to the default taxonomy).</source>
        <translation>Liczy zapisaną nazwę kanału jako kanał, np. &quot;Direct Traffic=Direct&quot; (można powtarzać; &quot;NAME=&quot; przywraca domyślną taksonomię).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove every alias of the workspace: the default taxonomy only.</source>
        <translation>Usuwa wszystkie aliasy obszaru roboczego: pozostaje tylko domyślna taksonomia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the list as JSON.</source>
        <translation>Wypisuje listę w formacie JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the stored channel names and the canonical channel each counts as in every KPI; --alias and --reset change that without re-importing anything.</source>
        <translation>Wyświetla zapisane nazwy kanałów i kanał kanoniczny, jako który każda z nich liczy się we wszystkich KPI; --alias i --reset zmieniają to bez ponownego importowania czegokolwiek.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>channels: --alias is NAME=CHANNEL, e.g. &quot;Direct Traffic=Direct&quot;, not &apos;%1&apos;</source>
        <translation>channels: --alias ma postać NAME=CHANNEL, np. &quot;Direct Traffic=Direct&quot;, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot change the aliases of %1: %2</source>
        <translation>nie można zmienić aliasów w %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the workspace&apos;s alias</source>
        <translation>alias obszaru roboczego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as imported</source>
        <translation>jak zaimportowano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default taxonomy</source>
        <translation>domyślna taksonomia</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1: --%2 is a date like 2025-01-31, not &apos;%3&apos;</source>
        <translation>%1: --%2 musi być datą, np. 2025-01-31, a nie &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>add: the KPI&apos;s name; its id is the name in lower case with _ (&quot;Revenue per lead&quot; → revenue_per_lead).</source>
        <translation>add: nazwa KPI; jego identyfikator to nazwa zapisana małymi literami, bez polskich znaków, z _ zamiast spacji (&quot;Przychód na lead&quot; → przychod_na_lead).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add: the formula over KPI ids (see kpis.md) and numbers with + - * / and parentheses, e.g. &quot;revenue / leads&quot; or &quot;(mqls - sqls) / mqls&quot;. Also: clicks, expenses, lost_deals; revenue_won (= revenue), cost and spend (= media_cost).</source>
        <translation>add: formuła złożona z identyfikatorów KPI (zob. kpis.md) i liczb, z + - * / i nawiasami, np. &quot;revenue / leads&quot; lub &quot;(mqls - sqls) / mqls&quot;. Dostępne są też: clicks, expenses, lost_deals; revenue_won (= revenue), cost i spend (= media_cost).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add: up (higher is better, the default), down or neutral.</source>
        <translation>add: up (wyższa wartość jest lepsza, domyślnie), down lub neutral.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: count, money (in the reporting currency), percent (a fraction shown as %), ratio (x : 1) or number (default: money for a money formula, else number).</source>
        <translation>add: count, money (w walucie raportowania), percent (ułamek pokazywany jako %), ratio (x : 1) lub number (domyślnie: money dla formuły kwotowej, w innym razie number).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: decimals shown, 0 to 6 (default: the format&apos;s).</source>
        <translation>add: liczba miejsc po przecinku, od 0 do 6 (domyślnie: zgodnie z formatem).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: the funnel group it is shown in: awareness, engagement, lead_generation, sales (default) or loyalty.</source>
        <translation>add: grupa lejka, w której KPI jest pokazywany: awareness, engagement, lead_generation, sales (domyślnie) lub loyalty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list: print the custom KPIs as JSON.</source>
        <translation>list: wypisuje własne KPI w formacie JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add, list and remove custom KPIs: formulas over the catalog&apos;s KPIs, saved in the workspace and shown with them (cards, tables, kpis, goals, the report). A division by zero or an unknown input gives no value (null), never infinity.</source>
        <translation>Dodaje, wyświetla i usuwa własne KPI: formuły oparte na KPI z katalogu, zapisywane w obszarze roboczym i pokazywane razem z nimi (karty, tabele, kpis, goals, raport). Dzielenie przez zero lub nieznana wartość wejściowa nie daje wartości (null), nigdy nieskończoności.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>kpi add: --name is required</source>
        <translation>kpi add: wymagana jest opcja --name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kpi add: --formula is required, e.g. --formula &quot;revenue / leads&quot;</source>
        <translation>kpi add: wymagana jest opcja --formula, np. --formula &quot;revenue / leads&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kpi add: --better is up, down or neutral, not &apos;%1&apos;</source>
        <translation>kpi add: --better przyjmuje wartość up, down lub neutral, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kpi add: --group is awareness, engagement, lead_generation, sales or loyalty, not &apos;%1&apos;</source>
        <translation>kpi add: --group przyjmuje wartość awareness, engagement, lead_generation, sales lub loyalty, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>kpi add: --decimals is a whole number from 0 to 6, not &apos;%1&apos;</source>
        <translation>kpi add: --decimals musi być liczbą całkowitą od 0 do 6, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kpi add: --format is count, money, percent, ratio or number, not &apos;%1&apos;</source>
        <translation>kpi add: --format przyjmuje wartość count, money, percent, ratio lub number, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>kpi remove: name the custom KPI&apos;s ID (see kpi list)</source>
        <translation>kpi remove: podaj ID własnego KPI (zob. kpi list)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>better: %1</source>
        <translation>kierunek poprawy: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>add: the goal&apos;s name.</source>
        <translation>add: nazwa celu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the KPI&apos;s id, e.g. leads, cpl, mql_to_sql_rate.</source>
        <translation>add: identyfikator KPI, np. leads, cpl, mql_to_sql_rate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: the target, e.g. 1200 or 30%.</source>
        <translation>add: wartość docelowa, np. 1200 lub 30%.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the baseline value (default: computed from the baseline period).</source>
        <translation>add: wartość bazowa (domyślnie: obliczana na podstawie okresu bazowego).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: first day of the baseline period (default: 90 days before --start).</source>
        <translation>add: pierwszy dzień okresu bazowego (domyślnie: 90 dni przed --start).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: last day of the baseline period (default: the day before --start).</source>
        <translation>add: ostatni dzień okresu bazowego (domyślnie: dzień przed --start).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: the first day the goal counts.</source>
        <translation>add: pierwszy dzień, od którego liczy się cel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: the day the target is due.</source>
        <translation>add: dzień, do którego ma zostać osiągnięta wartość docelowa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: weekly, monthly (default) or quarterly reviews.</source>
        <translation>add: częstotliwość przeglądów: weekly, monthly (domyślnie) lub quarterly.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+173"/>
        <location line="+625"/>
        <source>add: only this channel (repeatable).</source>
        <translation>add: tylko ten kanał (opcję można powtarzać).</translation>
    </message>
    <message>
        <location line="-797"/>
        <location line="+173"/>
        <location line="+625"/>
        <source>add: only this campaign (repeatable).</source>
        <translation>add: tylko ta kampania (opcję można powtarzać).</translation>
    </message>
    <message>
        <location line="-797"/>
        <source>add: who owns the goal.</source>
        <translation>add: właściciel celu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the business objective it serves.</source>
        <translation>add: cel biznesowy, któremu służy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the currency of a money goal&apos;s target, e.g. PLN (default: the workspace&apos;s).</source>
        <translation>add: waluta celu kwotowego, np. PLN (domyślnie: waluta obszaru roboczego).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list: print the goals as JSON.</source>
        <translation>list: wypisuje cele w formacie JSON.</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+132"/>
        <source>list, add, or remove ID.</source>
        <translation>list, add lub remove ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List, add and remove the workspace&apos;s SMART goals, with the fields of the window&apos;s goal form.</source>
        <translation>Wyświetla, dodaje i usuwa cele SMART obszaru roboczego, z tymi samymi polami co formularz celu w oknie programu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>goals add: --name is required</source>
        <translation>goals add: wymagana jest opcja --name</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>goals add: --target is a number, e.g. 1200 or 30%, not &apos;%1&apos;</source>
        <translation>goals add: --target musi być liczbą, np. 1200 lub 30%, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>goals add: --baseline is a number, e.g. 950 or 25%, not &apos;%1&apos;</source>
        <translation>goals add: --baseline musi być liczbą, np. 950 lub 25%, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>goals add: --start and --deadline are required, as YYYY-MM-DD</source>
        <translation>goals add: wymagane są opcje --start i --deadline w formacie YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>goals add: --deadline is before --start</source>
        <translation>goals add: data --deadline jest wcześniejsza niż --start</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>goals add: --baseline-from is after --baseline-to</source>
        <translation>goals add: data --baseline-from jest późniejsza niż --baseline-to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>goals add: --cadence is weekly, monthly or quarterly, not &apos;%1&apos;</source>
        <translation>goals add: --cadence przyjmuje wartość weekly, monthly lub quarterly, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>goals add: --currency is an ISO 4217 code such as PLN, EUR or USD, not &apos;%1&apos;</source>
        <translation>goals add: --currency to kod ISO 4217, np. PLN, EUR lub USD, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>goals remove: name the goal&apos;s ID (see goals list)</source>
        <translation>goals remove: podaj ID celu (zob. goals list)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot save the goal in %1: %2</source>
        <translation>nie można zapisać celu w %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>remove: no goal %1 in %2</source>
        <translation>remove: brak celu %1 w %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot remove goal %1 from %2</source>
        <translation>nie można usunąć celu %1 z %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>add: first day of the review&apos;s period.</source>
        <translation>add: pierwszy dzień okresu przeglądu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: last day of the review&apos;s period.</source>
        <translation>add: ostatni dzień okresu przeglądu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: the title (default: &quot;Marketing review FROM – TO&quot;).</source>
        <translation>add: tytuł (domyślnie: „Przegląd marketingowy OD – DO”).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list: the recommendations and decisions of this review; decide: the review the decision is recorded in.</source>
        <translation>list: zalecenia i decyzje tego przeglądu; decide: przegląd, w którym zapisywana jest decyzja.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decide: change this decision instead of recording a new one.</source>
        <translation>decide: zmienia tę decyzję zamiast zapisywać nową.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decide: what was decided.</source>
        <translation>decide: co postanowiono.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decide: who does it.</source>
        <translation>decide: kto to wykona.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decide: by when.</source>
        <translation>decide: do kiedy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decide: open (default), done or dropped.</source>
        <translation>decide: open (domyślnie), done lub dropped.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decide: the goal the decision serves.</source>
        <translation>decide: cel, któremu służy decyzja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decide: the recommended action of the review it answers (its id, see review list --review).</source>
        <translation>decide: zalecane działanie z przeglądu, na które odpowiada decyzja (jego identyfikator, zob. review list --review).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list: print as JSON.</source>
        <translation>list: wypisuje w formacie JSON.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: --review is a review&apos;s ID (see review list), not &apos;%2&apos;</source>
        <translation>%1: --review przyjmuje ID przeglądu (zob. review list), a nie &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>review add: --from and --to are required, as YYYY-MM-DD</source>
        <translation>review add: wymagane są opcje --from i --to w formacie YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>review add: --from is after --to</source>
        <translation>review add: data --from jest późniejsza niż --to</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>review add: --title needs a text</source>
        <translation>review add: --title wymaga tekstu</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+56"/>
        <source>cannot save the review in %1: %2</source>
        <translation>nie można zapisać przeglądu w %1: %2</translation>
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
        <translation>Użycie: funnelscope-cli POLECENIE [OPCJE]

Wskaźniki KPI marketingu wzdłuż lejka B2B, z Twoich eksportów CSV, w jednym lokalnym pliku obszaru roboczego.

Polecenia:
  import       Importuje pliki CSV do obszaru roboczego
  kpis         Oblicza wszystkie KPI za okres, z filtrami, porównaniem i podziałami
  rows         Wyświetla zapisane wiersze stojące za jednym KPI, z plikiem i wierszem pliku, z którego pochodzą
  report       Zapisuje przegląd SMART okresu lub zapisany przegląd jako PDF
  attribution  Przypisuje leady, klientów i przychód kanałom: first, last, linear, time-decay lub position
  cohorts      Kohorty leadów: odsetek docierający do każdego etapu w ciągu 30, 60, 90 i 180 dni
  channels     Wyświetla zapisane nazwy kanałów z kanałem, jako który liczy się każda z nich; ustawia i resetuje aliasy
  kpi          Dodaje, wyświetla i usuwa własne KPI: formuły oparte na KPI z katalogu
  goals        Wyświetla, dodaje i usuwa cele SMART
  review       Wyświetla zapisane przeglądy, tworzy przegląd okresu, określa autora, odbiorców, sekcje
               i komentarze jego PDF, zapisuje decyzje (status, cel, zalecenie)
  annotate     Dodaje, wyświetla i usuwa datowane notatki do danych, pokazywane na wykresach i w przeglądach
  view         Wyświetla, dodaje i usuwa zapisane widoki (reguła okresu, porównanie, filtry i karta),
               z których korzystają kpis --view i report --view
  settings     Wyświetla lub ustawia nazwę firmy i logo drukowane na okładkach raportów
  demo         Zapisuje realistyczny, dwuletni demonstracyjny obszar roboczy
  copy         Kopiuje cały obszar roboczy między plikiem a zespołową bazą danych PostgreSQL

Uruchom &apos;funnelscope-cli POLECENIE --help&apos;, aby zobaczyć opcje polecenia.
Kody wyjścia: 0 sukces, 1 odmowa wykonania (nic nie zmieniono), 2 błąd użycia.
</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The workspace: a file (created on first use), or a team workspace, postgresql://USER@HOST:PORT/DATABASE (the password from ~/.pgpass or PGPASSWORD).</source>
        <translation>Obszar roboczy: plik (tworzony przy pierwszym użyciu) lub zespołowy obszar roboczy, postgresql://UŻYTKOWNIK@HOST:PORT/BAZA (hasło z ~/.pgpass lub PGPASSWORD).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: --db LOCATION is required</source>
        <translation>%1: wymagana jest opcja --db LOKALIZACJA</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>this funnelscope-cli was built without PostgreSQL (configure with -DFUNNELSCOPE_POSTGRES=ON), so it cannot open %1</source>
        <translation>ten funnelscope-cli zbudowano bez PostgreSQL (skonfiguruj z -DFUNNELSCOPE_POSTGRES=ON), więc nie może otworzyć %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nothing was changed in %1: %2</source>
        <translation>w %1 nic nie zmieniono: %2</translation>
    </message>
    <message>
        <location line="+248"/>
        <source>A saved view (see view list): its period, comparison, channels and campaigns, where --from, --to, --compare, --channel and --campaign do not say otherwise.</source>
        <translation>Zapisany widok (zob. view list): jego okres, porównanie, kanały i kampanie, o ile --from, --to, --compare, --channel i --campaign nie wskazują inaczej.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--view &apos;%1&apos;: %2 has no saved views</source>
        <translation>--view &apos;%1&apos;: %2 nie ma zapisanych widoków</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--view &apos;%1&apos;: no such view in %2 (its views: %3)</source>
        <translation>--view &apos;%1&apos;: brak takiego widoku w %2 (zapisane widoki: %3)</translation>
    </message>
    <message>
        <location line="+1060"/>
        <source>goals add: --kpi is required: a KPI id of kpis.md (leads, cpl, revenue, …) or of a custom KPI (kpi list)</source>
        <translation>goals add: wymagana jest opcja --kpi: identyfikator KPI z kpis.md (leads, cpl, revenue, …) lub własnego KPI (kpi list)</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+17"/>
        <source>goals add: --kpi is a KPI id of kpis.md (leads, cpl, revenue, …) or of a custom KPI (kpi list), not &apos;%1&apos;</source>
        <translation>goals add: --kpi przyjmuje identyfikator KPI z kpis.md (leads, cpl, revenue, …) lub własnego KPI (kpi list), a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>add, edit: </source>
        <translation>add, edit: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list, add, edit (what its PDF shows) or decide.</source>
        <translation>list, add, edit (zawartość jego PDF) lub decide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the saved SMART reviews, make one for a period as the window does, choose what its PDF shows, and record the decisions taken in it.</source>
        <translation>Wyświetla zapisane przeglądy SMART, tworzy przegląd dla okresu tak jak okno programu, określa zawartość jego PDF i zapisuje podjęte w nim decyzje.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: --author, --audience, --sections and --comment are for review add and edit</source>
        <translation>%1: opcje --author, --audience, --sections i --comment dotyczą tylko review add i edit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>review edit: --review ID is required</source>
        <translation>review edit: wymagana jest opcja --review ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>review edit: name what to change: --author, --audience, --sections, --comment</source>
        <translation>review edit: wskaż, co zmienić: --author, --audience, --sections, --comment</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>edit: --review %1: no such review in %2</source>
        <translation>edit: --review %1: brak takiego przeglądu w %2</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>review decide: --review ID is required (or --decision ID to change one)</source>
        <translation>review decide: wymagana jest opcja --review ID (lub --decision ID, aby zmienić istniejącą decyzję)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>review decide: --decision is a decision&apos;s ID, not &apos;%1&apos;</source>
        <translation>review decide: --decision przyjmuje ID decyzji, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>review decide: --status is open, done or dropped, not &apos;%1&apos;</source>
        <translation>review decide: --status przyjmuje wartość open, done lub dropped, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>review decide: --goal is a goal&apos;s ID (see goals list), not &apos;%1&apos;</source>
        <translation>review decide: --goal przyjmuje ID celu (zob. goals list), a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>review decide: link a decision to --goal or to --recommendation, not both</source>
        <translation>review decide: powiąż decyzję z --goal albo z --recommendation, nie z obiema naraz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>review decide: --text is required</source>
        <translation>review decide: wymagana jest opcja --text</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>decide: --decision %1: no such decision in %2</source>
        <translation>decide: --decision %1: brak takiej decyzji w %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>decide: --review %1: no such review in %2</source>
        <translation>decide: --review %1: brak takiego przeglądu w %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>decide: --goal %1: no such goal in %2</source>
        <translation>decide: --goal %1: brak takiego celu w %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>decide: --recommendation &apos;%1&apos; is not a recommendation of review %2 (it has: %3)</source>
        <translation>decide: --recommendation &apos;%1&apos; nie jest zaleceniem przeglądu %2 (jego zalecenia: %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+265"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>cannot save the decision in %1: %2</source>
        <translation>nie można zapisać decyzji w %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>list: --review %1: no such review in %2</source>
        <translation>list: --review %1: brak takiego przeglądu w %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recommended actions:</source>
        <translation>Zalecane działania:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decisions:</source>
        <translation>Decyzje:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overdue</source>
        <translation>po terminie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>due %1</source>
        <translation>termin: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>add: the day of the note, or the first day of its range; list: notes from this day on.</source>
        <translation>add: dzień notatki lub pierwszy dzień jej zakresu; list: notatki od tego dnia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: the last day of its range (default: --from); list: notes up to this day.</source>
        <translation>add: ostatni dzień jej zakresu (domyślnie: --from); list: notatki do tego dnia włącznie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the note, e.g. &quot;Tracking broken&quot;.</source>
        <translation>add: treść notatki, np. „Awaria śledzenia”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: the channel it is about (default: every channel).</source>
        <translation>add: kanał, którego dotyczy notatka (domyślnie: wszystkie kanały).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list: print the notes as JSON.</source>
        <translation>list: wypisuje notatki w formacie JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add, list, or remove ID.</source>
        <translation>add, list lub remove ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dated notes on the data (&quot;campaign launch&quot;, &quot;tracking broken 3–5 May&quot;), drawn on the charts whose period includes them and listed in reviews.</source>
        <translation>Datowane notatki do danych („start kampanii”, „awaria śledzenia 3–5 maja”), pokazywane na wykresach, których okres je obejmuje, i wymieniane w przeglądach.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>annotate add: --from is required (the day, or the first day of a range)</source>
        <translation>annotate add: wymagana jest opcja --from (dzień lub pierwszy dzień zakresu)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>annotate add: --to is before --from</source>
        <translation>annotate add: data --to jest wcześniejsza niż --from</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>annotate add: --text is required</source>
        <translation>annotate add: wymagana jest opcja --text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>annotate add: --channel needs a name</source>
        <translation>annotate add: --channel wymaga nazwy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>annotate remove: name the note&apos;s ID (see annotate list)</source>
        <translation>annotate remove: podaj ID notatki (zob. annotate list)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>annotate list: --from is after --to</source>
        <translation>annotate list: data --from jest późniejsza niż --to</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot save the note in %1: %2</source>
        <translation>nie można zapisać notatki w %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>remove: no note %1 in %2</source>
        <translation>remove: brak notatki %1 w %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The company name printed on report covers (empty: the workspace&apos;s file name).</source>
        <translation>Nazwa firmy drukowana na okładkach raportów (pusta: nazwa pliku obszaru roboczego).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The logo for report covers: a PNG, JPEG or SVG file of at most %1 KB, stored inside the workspace.</source>
        <translation>Logo na okładki raportów: plik PNG, JPEG lub SVG o rozmiarze najwyżej %1 KB, przechowywany w obszarze roboczym.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the logo.</source>
        <translation>Usuwa logo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the settings as JSON.</source>
        <translation>Wypisuje ustawienia w formacie JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or change the workspace&apos;s settings: the company name and logo of its reports.</source>
        <translation>Wyświetla lub zmienia ustawienia obszaru roboczego: nazwę firmy i logo w jego raportach.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>settings: --logo or --no-logo, not both</source>
        <translation>settings: --logo albo --no-logo, nie obie naraz</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot save the settings in %1: %2</source>
        <translation>nie można zapisać ustawień w %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Company: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo: %1</source>
        <translation>Logo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 × %3 pixels, %4 bytes</source>
        <translation>%1, %2 × %3 px, rozmiar w bajtach: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency: %1</source>
        <translation>Waluta: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last author: %1</source>
        <translation>Ostatni autor: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The random seed (default 1).</source>
        <translation>Ziarno losowania (domyślnie 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benchmark size: about N campaign rows over three years (default: the demo).</source>
        <translation>Rozmiar testu wydajności: około N wierszy kampanii z trzech lat (domyślnie: dane demonstracyjne).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only write the CSV files into DIR; import nothing.</source>
        <translation>Tylko zapisuje pliki CSV w katalogu DIR; niczego nie importuje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a deterministic two-year B2B demo workspace.</source>
        <translation>Zapisuje deterministyczny, dwuletni demonstracyjny obszar roboczy B2B.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>demo: --seed is a whole number</source>
        <translation>demo: --seed musi być liczbą całkowitą</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>demo: --campaign-rows is a whole number of at least 1000</source>
        <translation>demo: --campaign-rows musi być liczbą całkowitą nie mniejszą niż 1000</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>goals and past reviews added</source>
        <translation>dodano cele i wcześniejsze przeglądy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workspace to copy: a workspace file, or postgresql://USER@HOST:PORT/DATABASE (the password from ~/.pgpass or PGPASSWORD, never the URL).</source>
        <translation>Obszar roboczy do skopiowania: plik obszaru roboczego lub postgresql://USER@HOST:PORT/DATABASE (hasło z ~/.pgpass lub PGPASSWORD, nigdy z adresu URL).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to: a new workspace file, or an empty PostgreSQL database, as a URL.</source>
        <translation>Miejsce docelowe: nowy plik obszaru roboczego lub pusta baza danych PostgreSQL podana jako URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy every table of a workspace, in one transaction, between a workspace file and a PostgreSQL database (a team workspace), into a target without workspace data.</source>
        <translation>Kopiuje wszystkie tabele obszaru roboczego, w jednej transakcji, między plikiem obszaru roboczego a bazą danych PostgreSQL (zespołowym obszarem roboczym), do miejsca docelowego bez danych obszaru roboczego.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>copy: --from and --to are required</source>
        <translation>copy: wymagane są opcje --from i --to</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>copied %1 to %2: %3 rows in %4 tables</source>
        <translation>skopiowano %1 do %2: wiersze: %3, tabele: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this funnelscope-cli was built without PostgreSQL (configure with -DFUNNELSCOPE_POSTGRES=ON)</source>
        <translation>ten funnelscope-cli został zbudowany bez obsługi PostgreSQL (skonfiguruj go z -DFUNNELSCOPE_POSTGRES=ON)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>add: the view&apos;s name; adding a name that exists replaces it.</source>
        <translation>add: nazwa widoku; dodanie istniejącej nazwy zastępuje dotychczasowy widok.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: %1 (default: last-90-days), counted back from the last day with data, or today when the data runs on; custom with --from and --to.</source>
        <translation>add: %1 (domyślnie: last-90-days), liczony wstecz od ostatniego dnia z danymi lub od dzisiaj, jeśli dane sięgają bieżącego dnia; okres niestandardowy za pomocą --from i --to.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add: a custom period&apos;s first day.</source>
        <translation>add: pierwszy dzień okresu niestandardowego.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: a custom period&apos;s last day.</source>
        <translation>add: ostatni dzień okresu niestandardowego.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: previous (default), year or none.</source>
        <translation>add: previous (domyślnie), year lub none.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add: the window&apos;s tab: overview, awareness, engagement, lead-generation, sales, loyalty, funnel, goals or data.</source>
        <translation>add: karta okna: overview, awareness, engagement, lead-generation, sales, loyalty, funnel, goals lub data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list: print the views as JSON.</source>
        <translation>list: wypisuje widoki w formacie JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add, list, or remove NAME.</source>
        <translation>add, list lub remove NAME.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved views: a named period rule, comparison, filters and tab, for the window, kpis --view and report --view.</source>
        <translation>Zapisane widoki: nazwana reguła okresu, porównanie, filtry i karta — dla okna programu, kpis --view i report --view.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>view add: --name is required</source>
        <translation>view add: wymagana jest opcja --name</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>view add: --period is one of %1, not &apos;%2&apos;</source>
        <translation>view add: --period przyjmuje jedną z wartości %1, a nie &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>view add: a custom period needs --from and --to</source>
        <translation>view add: okres niestandardowy wymaga opcji --from i --to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>view add: --from is after --to</source>
        <translation>view add: data --from jest późniejsza niż --to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>view add: --from and --to are for a custom period, not %1</source>
        <translation>view add: --from i --to dotyczą tylko okresu niestandardowego, a nie %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>view add: --compare is previous, year or none, not &apos;%1&apos;</source>
        <translation>view add: --compare przyjmuje wartość previous, year lub none, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>view add: --tab is one of %1, not &apos;%2&apos;</source>
        <translation>view add: --tab przyjmuje jedną z wartości %1, a nie &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>view remove: name the view (see view list)</source>
        <translation>view remove: podaj nazwę widoku (zob. view list)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot save the view in %1: %2</source>
        <translation>nie można zapisać widoku w %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>view &apos;%1&apos; saved</source>
        <translation>zapisano widok &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove: no view &apos;%1&apos; in %2</source>
        <translation>remove: brak widoku &apos;%1&apos; w %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>view &apos;%1&apos; removed</source>
        <translation>usunięto widok &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>all channels and campaigns</source>
        <translation>wszystkie kanały i kampanie</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>name a command.</source>
        <translation>podaj polecenie.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>nieznane polecenie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write the output: %1</source>
        <translation>nie można zapisać wyniku: %1</translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpiwriter.cpp" line="+293"/>
        <source>KPIs %1 – %2</source>
        <translation>KPI %1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, channels: </source>
        <translation>, kanały: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, campaigns: </source>
        <translation>, kampanie: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (previous: %1 – %2)</source>
        <translation> (poprzedni okres: %1 – %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
leads from: %1
</source>
        <translation>
źródło leadów: %1
</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>
(columns: value, previous, change; ▲ better, ▼ worse)
</source>
        <translation>
(kolumny: wartość, poprzednia, zmiana; ▲ lepiej, ▼ gorzej)
</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <location filename="../../core/attribution/attribution.cpp" line="+215"/>
        <source>revenue is unknown: won deals in %1 on %2 day(s) have no exchange rate into %3</source>
        <translation>przychód jest nieznany: dla wygranych transakcji w %1 brakuje kursu wymiany na %3 (liczba dni: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a reporting currency (pass --currency)</source>
        <translation>walutę raportowania (podaj --currency)</translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpiengine.cpp" line="+201"/>
        <source>amounts are in %1 and no reporting currency is chosen: money KPIs are unknown; pass --currency CODE or set the workspace currency</source>
        <translation>kwoty są w walutach %1, a nie wybrano waluty raportowania: KPI finansowe są nieznane; podaj --currency CODE lub ustaw walutę obszaru roboczego</translation>
    </message>
    <message>
        <location line="+23"/>
        <source> and %1 more</source>
        <translation> i jeszcze %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>amounts without a currency (imported with none named) cannot be converted to %1 on %2: money KPIs that need them are unknown; re-import them with --currency CODE</source>
        <translation>kwot bez waluty (zaimportowanych bez podanej waluty) nie można przeliczyć na %1 (dni: %2): KPI finansowe, które ich wymagają, są nieznane; zaimportuj je ponownie z --currency CODE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no exchange rate from %1 to %2 within %3 days before %4: money KPIs that need them are unknown; import rates with import --kind rates</source>
        <translation>brak kursu wymiany z %1 na %2 w ciągu %3 dni przed %4: KPI finansowe, które go wymagają, są nieznane; zaimportuj kursy poleceniem import --kind rates</translation>
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
        <translation>nie można zapisać %1: to jest folder</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>cannot write %1: it was not opened</source>
        <translation>nie można zapisać %1: plik nie został otwarty</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not every byte could be written (is the disk full?)</source>
        <translation>nie wszystkie bajty udało się zapisać (czy dysk jest pełny?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write %1: %2; any earlier copy of it is kept</source>
        <translation>nie można zapisać %1: %2; poprzednia wersja pliku pozostaje bez zmian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../core/kpi/periodpreset.cpp" line="+31"/>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Ostatnie 90 dni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This month</source>
        <translation>Bieżący miesiąc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This quarter</source>
        <translation>Bieżący kwartał</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last quarter</source>
        <translation>Poprzedni kwartał</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year to date</source>
        <translation>Od początku roku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Ostatnie 12 miesięcy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last year</source>
        <translation>Poprzedni rok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Cały okres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom range</source>
        <translation>Zakres niestandardowy</translation>
    </message>
</context>
<context>
    <name>GoalStore</name>
    <message>
        <location filename="../../core/goals/goalstore.cpp" line="+141"/>
        <source>an annotation needs text and a first day not after its last</source>
        <translation>adnotacja wymaga tekstu i pierwszego dnia nie późniejszego niż ostatni</translation>
    </message>
    <message>
        <location filename="../../core/goals/reviewrecords.cpp" line="+24"/>
        <source>done</source>
        <translation>wykonane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped</source>
        <translation>porzucone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open</source>
        <translation>otwarte</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../../core/goals/goalprogress.cpp" line="+168"/>
        <source>not started</source>
        <translation>nierozpoczęty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on track</source>
        <translation>zgodnie z planem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at risk</source>
        <translation>zagrożony</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off track</source>
        <translation>poza planem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>met</source>
        <translation>osiągnięty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missed</source>
        <translation>nieosiągnięty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too early to judge</source>
        <translation>za wcześnie na ocenę</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data</source>
        <translation>brak danych</translation>
    </message>
    <message>
        <location filename="../../core/goals/goal.cpp" line="+24"/>
        <source>weekly</source>
        <comment>reviewed weekly</comment>
        <translation>co tydzień</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monthly</source>
        <comment>reviewed monthly</comment>
        <translation>co miesiąc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quarterly</source>
        <comment>reviewed quarterly</comment>
        <translation>co kwartał</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../core/csv/dateparser.cpp" line="+176"/>
        <source>not a valid date: &apos;%1&apos;</source>
        <translation>nieprawidłowa data: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>ambiguous date &apos;%1&apos;: day or month first? Choose with --date-order dmy|mdy</source>
        <translation>niejednoznaczna data &apos;%1&apos;: najpierw dzień czy miesiąc? Wskaż kolejność za pomocą --date-order dmy|mdy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a date in the file&apos;s %2 order</source>
        <translation>&apos;%1&apos; nie jest datą w kolejności %2 używanej w pliku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day/month/year</source>
        <translation>dzień/miesiąc/rok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month/day/year</source>
        <translation>miesiąc/dzień/rok</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../core/money/ratesimporter.cpp" line="+247"/>
        <source>not a date: &apos;%1&apos;</source>
        <translation>to nie jest data: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../core/csv/numberparser.cpp" line="+53"/>
        <source>comma (1,5)</source>
        <translation>przecinek (1,5)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>point (1.5)</source>
        <translation>kropka (1.5)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>not a number: &apos;%1&apos;</source>
        <translation>to nie jest liczba: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;%1&apos; is written with a decimal %2, but this file writes decimals with a %3 (decided from all its numbers)</source>
        <translation>&apos;%1&apos; zapisano z separatorem dziesiętnym: %2, a ten plik zapisuje ułamki z separatorem: %3 (ustalono na podstawie wszystkich jego liczb)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>number too large: &apos;%1&apos;</source>
        <translation>zbyt duża liczba: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../core/importing/fileinspector.cpp" line="+527"/>
        <source>%1 and %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a %1 column or a date range above the header</source>
        <translation>kolumny %1 lub zakresu dat nad nagłówkiem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is a %1 export without %2, which Funnelscope needs to import it</source>
        <translation>to eksport %1 bez %2, których Funnelscope potrzebuje do importu</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>say which with --decimal comma or --decimal point</source>
        <translation>wskaż go opcją --decimal comma lub --decimal point</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>column &apos;%1&apos; has numbers with a decimal comma (&apos;%2&apos;, line %3) and with a decimal point (&apos;%4&apos;, line %5): one of them would be misread; export the file again, or %6</source>
        <translation>kolumna &apos;%1&apos; ma liczby z przecinkiem dziesiętnym (&apos;%2&apos;, wiersz %3) i z kropką dziesiętną (&apos;%4&apos;, wiersz %5): jedne z nich zostałyby źle odczytane; wyeksportuj plik ponownie albo %6</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file&apos;s numbers disagree: &apos;%1&apos; in column &apos;%2&apos; (line %3) has a decimal comma, &apos;%4&apos; in column &apos;%5&apos; (line %6) a decimal point; %7</source>
        <translation>liczby w pliku są niespójne: &apos;%1&apos; w kolumnie &apos;%2&apos; (wiersz %3) ma przecinek dziesiętny, a &apos;%4&apos; w kolumnie &apos;%5&apos; (wiersz %6) kropkę dziesiętną; %7</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&apos;%1&apos; in column &apos;%2&apos; could be a decimal (with a decimal point) or a whole number (with a thousands separator), and nothing else in the file tells which; %3</source>
        <translation>&apos;%1&apos; w kolumnie &apos;%2&apos; może być ułamkiem (z kropką dziesiętną) albo liczbą całkowitą (z separatorem tysięcy), a nic innego w pliku tego nie rozstrzyga; %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>export the report again from the API as it writes it by default (money in micro-units), or with the header returnMoneyInMicros: false (amounts with two decimals)</source>
        <translation>wyeksportuj raport z API ponownie w domyślnej postaci (kwoty w mikrojednostkach) albo z nagłówkiem returnMoneyInMicros: false (kwoty z dwoma miejscami po przecinku)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>column &apos;%1&apos; has amounts with decimals (&apos;%2&apos;, line %3) and whole numbers like the %4&apos;s micro-units (&apos;%5&apos;, line %6): one of them would be read a million times wrong; %7</source>
        <translation>kolumna &apos;%1&apos; zawiera kwoty z częścią dziesiętną (&apos;%2&apos;, wiersz %3) i liczby całkowite podobne do mikrojednostek %4 (&apos;%5&apos;, wiersz %6): jedne z nich zostałyby odczytane z błędem rzędu miliona razy; %7</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; in column &apos;%2&apos; is a whole number but not one of the %3&apos;s micro-units (millionths of the currency, rounded to 10,000), and no cost in the file has decimals, so it cannot be told whether it is %4 or %5 of the currency; %6</source>
        <translation>&apos;%1&apos; w kolumnie &apos;%2&apos; to liczba całkowita, ale nie mikrojednostki %3 (milionowe części waluty, zaokrąglone do 10 000), a żaden koszt w pliku nie ma części dziesiętnej, więc nie da się ustalić, czy to %4, czy %5 jednostki waluty; %6</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>column &apos;%1&apos; has whole numbers only, but read as the %2&apos;s micro-units they would make a click cost less than 0.01 of the currency, and read as amounts the API would have written them with decimals; %3</source>
        <translation>kolumna &apos;%1&apos; zawiera wyłącznie liczby całkowite, ale odczytane jako mikrojednostki %2 dawałyby koszt kliknięcia poniżej 0,01 jednostki waluty, a gdyby były kwotami, API zapisałoby je z częścią dziesiętną; %3</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>there is no such file</source>
        <translation>taki plik nie istnieje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is a folder, not a file</source>
        <translation>to jest folder, a nie plik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is not a regular file (a device or a pipe); save the export as a file first</source>
        <translation>to nie jest zwykły plik (urządzenie lub potok); najpierw zapisz eksport jako plik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the file: %1</source>
        <translation>nie można odczytać pliku: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+66"/>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>unknown encoding &apos;%1&apos;</source>
        <translation>nieznane kodowanie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this is a binary file, not CSV text</source>
        <translation>to jest plik binarny, a nie tekst CSV</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>header longer than %1 million characters: not read</source>
        <translation>nagłówek dłuższy niż %1 mln znaków: nie został odczytany</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this is not a %1 export: no line in the first %2 has its columns (%3)</source>
        <translation>to nie jest eksport z %1: żaden z pierwszych %2 wierszy nie zawiera jego kolumn (%3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no header line of a %1 file in the first %2 lines (it needs the columns %3)</source>
        <translation>brak wiersza nagłówka pliku typu %1 w pierwszych %2 wierszach (wymagane kolumny: %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no recognisable header in the first %1 lines: a header names the columns of one kind, e.g. date and channel for campaign rows, lead_id and created_date for leads</source>
        <translation>brak rozpoznawalnego nagłówka w pierwszych %1 wierszach: nagłówek zawiera nazwy kolumn jednego typu, np. date i channel dla wierszy kampanii, lead_id i created_date dla leadów</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is a %2 table by &quot;%3&quot;, whose rows do not add up to the site&apos;s totals (the tool leaves out anonymised queries and rows past its limit, and counts a search once for each page it shows), so its sum would look like the total and be wrong: import the export&apos;s Chart.csv (Dates.csv) for daily totals, or its Countries.csv or Devices.csv with the date range it covers</source>
        <translation>%1 to tabela %2 według &quot;%3&quot;, której wiersze nie sumują się do sum witryny (narzędzie pomija zanonimizowane zapytania i wiersze ponad swój limit, a wyszukiwanie liczy raz dla każdej wyświetlonej strony), więc jej suma wyglądałaby jak łączna wartość, a byłaby błędna: zaimportuj z eksportu plik Chart.csv (Dates.csv), aby uzyskać sumy dzienne, albo jego Countries.csv lub Devices.csv z zakresem dat, który obejmuje</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>column &apos;%1&apos; groups this %2 report by month or week: its rows cannot be placed on days, and its totals would be spread wrong; export the report grouped by day (the date of visit) instead</source>
        <translation>kolumna &apos;%1&apos; grupuje ten raport %2 według miesięcy lub tygodni: jego wierszy nie da się przypisać do dni, a sumy zostałyby rozłożone błędnie; wyeksportuj raport pogrupowany według dni (daty wizyty)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this %1 report says it covers %2 to %3, not the %4 to %5 given: leave out the range, or give the one the file says</source>
        <translation>ten raport %1 podaje, że obejmuje okres od %2 do %3, a nie podany okres od %4 do %5: pomiń zakres albo podaj ten, który wskazuje plik</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is a %2 export without a Date column: the tool writes its date range only into Filters.csv of the same download (often as &quot;Last 3 months&quot;, counted back from the day of the download), so its totals cannot be placed on days. Import the download&apos;s Chart.csv (Dates.csv) for daily totals, or give the range this file covers: import --from YYYY-MM-DD --to YYYY-MM-DD, or the import dialog&apos;s &quot;Period of the file&quot;</source>
        <translation>%1 to eksport %2 bez kolumny z datą: narzędzie zapisuje zakres dat tylko w pliku Filters.csv tego samego pobrania (często jako &quot;Last 3 months&quot;, licząc wstecz od dnia pobrania), więc jego sum nie da się przypisać do dni. Zaimportuj plik Chart.csv (Dates.csv) z tego pobrania, aby uzyskać sumy dzienne, albo podaj zakres, który obejmuje ten plik: import --from YYYY-MM-DD --to YYYY-MM-DD lub pole &quot;Okres pliku&quot; w oknie importu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this %1 report&apos;s date range above its header has slash dates that could be day or month first; say which with --date-order dmy or --date-order mdy</source>
        <translation>zakres dat nad nagłówkiem tego raportu %1 zawiera daty z ukośnikami, w których pierwszy może być dzień lub miesiąc; wskaż kolejność za pomocą --date-order dmy lub --date-order mdy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this %1 report has no date column and no date range above its header, so its totals cannot be placed on days: export it with a date (Day) column, or keep the lines that give its date range, or give the range with --from and --to</source>
        <translation>ten raport %1 nie ma kolumny daty ani zakresu dat nad nagłówkiem, więc jego sum nie da się przypisać do dni: wyeksportuj go z kolumną daty (Dzień), zachowaj wiersze podające zakres dat albo podaj zakres za pomocą --from i --to</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>this %1 report&apos;s rows are %2 totals, and the slash dates of its range above the header could be day or month first; say which with --date-order dmy or --date-order mdy</source>
        <translation>wiersze tego raportu %1 zawierają sumy (%2), a daty z ukośnikami w zakresie nad nagłówkiem mogą zaczynać się od dnia lub od miesiąca; wskaż kolejność za pomocą --date-order dmy lub --date-order mdy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this %1 report&apos;s rows are %2 totals, but the date range above its header cannot be read, so they cannot be placed on days: export it with a daily breakdown, or keep the lines that give its date range</source>
        <translation>wiersze tego raportu %1 zawierają sumy (%2), ale zakresu dat nad nagłówkiem nie da się odczytać, więc nie można ich przypisać do dni: wyeksportuj go z podziałem dziennym albo zachowaj wiersze podające zakres dat</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>this %1 report covers %2 to %3, more than %4 days: export it with a date (Day) column or a shorter range</source>
        <translation>ten raport %1 obejmuje okres od %2 do %3, ponad %4 dni: wyeksportuj go z kolumną daty (Dzień) lub za krótszy okres</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>this %1 report covers &quot;%2&quot; and has no dates, so its totals cannot be placed on days: export it again with a date range, or with the Day column</source>
        <translation>ten raport %1 obejmuje „%2” i nie ma dat, więc jego sum nie da się rozłożyć na dni: wyeksportuj go ponownie z zakresem dat albo z kolumną Dzień</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>column &apos;%1&apos; has slash dates like &apos;%2&apos; that could be day or month first; say which with --date-order dmy or --date-order mdy</source>
        <translation>kolumna &apos;%1&apos; zawiera daty z ukośnikami, np. &apos;%2&apos;, w których na początku może być dzień albo miesiąc; wskaż kolejność za pomocą --date-order dmy lub --date-order mdy</translation>
    </message>
    <message>
        <location filename="../../core/importing/importer.cpp" line="+46"/>
        <source>another Funnelscope window or command is writing to this workspace; try again when it has finished. Nothing was imported</source>
        <translation>inne okno lub polecenie Funnelscope zapisuje do tego obszaru roboczego; spróbuj ponownie, gdy skończy. Nic nie zostało zaimportowane</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (is the disk full, or the workspace&apos;s folder read-only? Nothing was imported; the workspace is as it was)</source>
        <translation> (czy dysk jest pełny albo folder obszaru roboczego jest tylko do odczytu? Niczego nie zaimportowano; obszar roboczy pozostał bez zmian)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the workspace is open read-only: nothing can be imported into it</source>
        <translation>obszar roboczy jest otwarty tylko do odczytu: nie można do niego niczego zaimportować</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown preset &apos;%1&apos; (available: %2)</source>
        <translation>nieznany szablon &apos;%1&apos; (dostępne: %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown currency &apos;%1&apos;: give an ISO 4217 code such as PLN, EUR or USD</source>
        <translation>nieznana waluta &apos;%1&apos;: podaj kod ISO 4217, np. PLN, EUR lub USD</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>amounts the file does not name are in %1, the currency last given for the source &apos;%2&apos;</source>
        <translation>kwoty bez waluty w pliku są w %1 – walucie podanej ostatnio dla źródła &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../core/money/ratesimporter.cpp" line="-88"/>
        <source>cannot open the file: %1</source>
        <translation>nie można otworzyć pliku: %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>cannot store this row: %1</source>
        <translation>nie można zapisać tego wiersza: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../core/importing/rowreader.cpp" line="+351"/>
        <location line="+77"/>
        <source>a NUL byte: this is a binary file, not CSV text</source>
        <translation>bajt NUL: to plik binarny, a nie tekst CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file changed while it was being read (is another program still writing it?): nothing was imported; import it again once it is complete</source>
        <translation>plik zmienił się podczas odczytu (czy inny program wciąż go zapisuje?): nic nie zostało zaimportowane; zaimportuj go ponownie, gdy będzie kompletny</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2 data rows were rejected, more than half: nothing imported</source>
        <translation>odrzucono %1 z %2 wierszy danych, czyli ponad połowę: niczego nie zaimportowano</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>imported the table whose header is on line %1; the file&apos;s next table, from line %2, was not imported (import it on its own)</source>
        <translation>zaimportowano tabelę z nagłówkiem w wierszu %1; następnej tabeli w pliku, od wiersza %2, nie zaimportowano (zaimportuj ją osobno)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the %1 column is read from &quot;%2&quot;, since the file has no %1 column of its own</source>
        <translation>kolumna %1 jest odczytywana z &quot;%2&quot;, ponieważ plik nie ma własnej kolumny %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>totals without a day breakdown were spread evenly over the days %1 to %2</source>
        <translation>sumy bez podziału na dni rozłożono równo na dni od %1 do %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no data in this export: line %1 says there is none</source>
        <translation>brak danych w tym eksporcie: wiersz %1 mówi, że ich nie ma</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the amounts name no currency and none was given: they are stored without one and never converted (import again with --currency CODE, or choose it in the import options, to give them one)</source>
        <translation>kwoty nie mają podanej waluty i nie wskazano żadnej: zostają zapisane bez waluty i nigdy nie są przeliczane (aby nadać im walutę, zaimportuj plik ponownie z --currency CODE lub wybierz ją w opcjach importu)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot write the workspace: %1</source>
        <translation>nie można zapisać obszaru roboczego: %1</translation>
    </message>
    <message>
        <location filename="../../core/importing/importresult.cpp" line="+76"/>
        <source>%1: imported %2 %3 rows (source &apos;%4&apos;)</source>
        <translation>%1: zaimportowane wiersze typu %3: %2 (źródło &apos;%4&apos;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> as a %1 export (%2% of its columns recognised)</source>
        <translation> jako eksport z %1 (rozpoznane kolumny: %2%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, rejected %1</source>
        <translation>, odrzucone: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, replaced %1 stored rows</source>
        <translation>, zastąpione zapisane wiersze: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: unchanged (these bytes were imported before)</source>
        <translation>%1: bez zmian (ta sama zawartość została już zaimportowana)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cancelled, nothing imported</source>
        <translation>%1: anulowano, niczego nie zaimportowano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: refused, nothing imported</source>
        <translation>%1: odrzucono, niczego nie zaimportowano</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, line %1</source>
        <translation>, wiersz %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, column &apos;%1&apos;</source>
        <translation>, kolumna &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
  ... and %1 more rejected rows</source>
        <translation>
  ... oraz pozostałe odrzucone wiersze: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
  ignored columns: </source>
        <translation>
  zignorowane kolumny: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
  stages counted as open: %1 (map a stage to won, lost or open with --stage &quot;STAGE=won&quot;)</source>
        <translation>
  etapy liczone jako otwarte: %1 (przypisz etap do won, lost lub open za pomocą --stage &quot;ETAP=won&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/importing/preset.cpp" line="+101"/>
        <location line="+29"/>
        <source>preset %1 (%2): &apos;%3&apos; is not a column of %4 files</source>
        <translation>szablon %1 (%2): &apos;%3&apos; nie jest kolumną plików typu %4</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>preset %1 (%2): the product for &apos;%3&apos; needs two headers</source>
        <translation>szablon %1 (%2): iloczyn dla &apos;%3&apos; wymaga dwóch nagłówków</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>a preset needs an id, a title and a kind</source>
        <translation>szablon wymaga identyfikatora, tytułu i typu</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>preset %1: &apos;%2&apos; is not a column of %3 files</source>
        <translation>szablon %1: &apos;%2&apos; nie jest kolumną plików typu %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>preset %1: the product for &apos;%2&apos; needs two headers</source>
        <translation>szablon %1: iloczyn dla &apos;%2&apos; wymaga dwóch nagłówków</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>preset %1: the condition for &apos;%2&apos; needs value, when and is</source>
        <translation>preset %1: warunek dla &apos;%2&apos; wymaga pól value, when i is</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>cannot create %1</source>
        <translation>nie można utworzyć %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot save the preset: %1</source>
        <translation>nie można zapisać szablonu: %1</translation>
    </message>
    <message>
        <location filename="../../core/importing/rowreader.cpp" line="-335"/>
        <source>unknown currency &apos;%1&apos;</source>
        <translation>nieznana waluta &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&apos;%1&apos; is written with &apos;%2&apos;, which several currencies use (%3): pass the account&apos;s currency with --currency CODE (or choose it in the import options); nothing was imported</source>
        <translation>&apos;%1&apos; zapisano z symbolem &apos;%2&apos;, którego używa kilka walut (%3): podaj walutę konta za pomocą --currency CODE (lub wybierz ją w opcjach importu); niczego nie zaimportowano</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is written with &apos;%2&apos;, which cannot be the import currency %3 (it stands for %4): pass the account&apos;s currency with --currency CODE; nothing was imported</source>
        <translation>&apos;%1&apos; zapisano z symbolem &apos;%2&apos;, który nie może oznaczać waluty importu %3 (oznacza %4): podaj walutę konta za pomocą --currency CODE; niczego nie zaimportowano</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>not a duration: &apos;%1&apos;</source>
        <translation>to nie jest czas trwania: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a bounce rate over 100 %: &apos;%1&apos; (written as a share, &apos;12.5 %&apos; or &apos;0.125&apos;)</source>
        <translation>współczynnik odrzuceń powyżej 100 %: &apos;%1&apos; (zapisuje się go jako udział: &apos;12.5 %&apos; lub &apos;0.125&apos;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>negative %1</source>
        <translation>ujemna wartość %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>number too large: %1 × %2</source>
        <translation>zbyt duża liczba: %1 × %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>number too large for one row: &apos;%1&apos; (at most %2)</source>
        <translation>liczba zbyt duża jak na jeden wiersz: „%1” (najwyżej %2)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>the period ends before it starts</source>
        <translation>okres kończy się, zanim się zaczyna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the period is longer than %1 days</source>
        <translation>okres jest dłuższy niż %1 dni</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>line longer than %1 million characters: not read</source>
        <translation>wiersz dłuższy niż %1 mln znaków: nie został odczytany</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>expected %1 fields, found %2</source>
        <translation>oczekiwana liczba pól: %1, znaleziona: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>bytes that are not valid %1 text</source>
        <translation>bajty, które nie są prawidłowym tekstem %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing required value</source>
        <translation>brak wymaganej wartości</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>negative count: &apos;%1&apos;</source>
        <translation>ujemna liczba: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a whole number: &apos;%1&apos;</source>
        <translation>to nie jest liczba całkowita: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>negative %1: &apos;%2&apos;</source>
        <translation>ujemna wartość %1: &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a micro-amount (a whole number of millionths, rounded to 10,000) as the other costs of this file are</source>
        <translation>&apos;%1&apos; nie jest mikrokwotą (liczbą całkowitą milionowych części, zaokrągloną do 10 000), w przeciwieństwie do pozostałych kosztów w tym pliku</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>position must be greater than 0: &apos;%1&apos;</source>
        <translation>pozycja musi być większa od 0: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>score must be a whole number from 0 to 10: &apos;%1&apos;</source>
        <translation>ocena musi być liczbą całkowitą od 0 do 10: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../core/importing/kind.cpp" line="+65"/>
        <source>Campaign data</source>
        <translation>Dane kampanii</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Surveys</source>
        <translation>Ankiety</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Expenses</source>
        <translation>Wydatki</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Touchpoints</source>
        <translation>Punkty styku</translation>
    </message>
    <message>
        <location filename="../../core/store/rowstore.cpp" line="+362"/>
        <source>an earlier row of this file for the same day, channel and campaign has its amount in another currency, and amounts in two currencies cannot be added up: split the file by currency (or by source with --source)</source>
        <translation>wcześniejszy wiersz tego pliku dla tego samego dnia, kanału i kampanii ma kwotę w innej walucie, a kwot w dwóch walutach nie można zsumować: podziel plik według waluty (lub według źródła za pomocą --source)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the sums of these rows are too large to be stored exactly</source>
        <translation>sumy tych wierszy są zbyt duże, by zapisać je dokładnie</translation>
    </message>
    <message>
        <location filename="../../core/importing/columnmapping.cpp" line="+95"/>
        <source>column names in %1</source>
        <translation>nazwy kolumn (%1)</translation>
    </message>
    <message>
        <location filename="../../core/importing/vocabulary.cpp" line="+103"/>
        <source>English</source>
        <translation>angielski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>polski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>rosyjski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>turecki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traditional Chinese</source>
        <translation>chiński tradycyjny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simplified Chinese</source>
        <translation>chiński uproszczony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>chiński</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>niemiecki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>francuski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>hiszpański</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese (Brazil)</source>
        <translation>portugalski (Brazylia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese (Portugal)</source>
        <translation>portugalski (Portugalia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese</source>
        <translation>portugalski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>włoski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>ukraiński</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech</source>
        <translation>czeski</translation>
    </message>
    <message>
        <location filename="../../core/money/ratesimporter.cpp" line="+9"/>
        <source>not an exchange rates file: expected the ECB&apos;s &quot;Date,USD,JPY,...&quot;, the NBP&apos;s &quot;data;1USD;1EUR;...&quot; or &quot;date,from,to,rate&quot;</source>
        <translation>to nie jest plik kursów walut: oczekiwano formatu ECB &quot;Date,USD,JPY,...&quot;, formatu NBP &quot;data;1USD;1EUR;...&quot; lub &quot;date,from,to,rate&quot;</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>not a pair of different currency codes: &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>to nie jest para różnych kodów walut: &apos;%1&apos; i &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>not a rate greater than 0: &apos;%1&apos;</source>
        <translation>to nie jest kurs większy od 0: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no exchange rates in this file</source>
        <translation>brak kursów wymiany w tym pliku</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <location filename="../../core/kpi/kpicatalog.cpp" line="+16"/>
        <location filename="../../core/kpi/kpivalues.cpp" line="+54"/>
        <source>Impressions</source>
        <translation>Wyświetlenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times your ads and posts were shown: the sum of impressions.</source>
        <translation>Ile razy wyświetlono reklamy i posty: suma wyświetleń.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach</source>
        <translation>Zasięg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People reached, as the platforms report it: the sum of reach.</source>
        <translation>Liczba osób, do których dotarły treści, według danych platform: suma zasięgu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website traffic</source>
        <translation>Ruch w witrynie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits to your website: the sum of sessions.</source>
        <translation>Wizyty w witrynie: suma sesji.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organic traffic share</source>
        <translation>Udział ruchu organicznego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of sessions that came from channels you do not pay for (not Paid, Ads, CPC, PPC, Display or Sponsored).</source>
        <translation>Odsetek sesji z kanałów, za które się nie płaci (innych niż Paid, Ads, CPC, PPC, Display czy Sponsored).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brand mentions</source>
        <translation>Wzmianki o marce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times your brand was mentioned: the sum of mentions.</source>
        <translation>Liczba wzmianek o marce: suma wzmianek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New followers</source>
        <translation>Nowi obserwujący</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followers gained on social channels: the sum of new followers.</source>
        <translation>Obserwujący pozyskani w kanałach społecznościowych: suma nowych obserwujących.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per mille</source>
        <translation>Koszt 1000 wyświetleń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a thousand impressions cost: spend ÷ impressions × 1000.</source>
        <translation>Koszt tysiąca wyświetleń: wydatki ÷ wyświetlenia × 1000.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media spend</source>
        <translation>Wydatki mediowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the ad platforms charged: the sum of cost.</source>
        <translation>Kwoty naliczone przez platformy reklamowe: suma kosztów.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click-through rate</source>
        <translation>Klikalność (CTR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of impressions that got a click: clicks ÷ impressions.</source>
        <translation>Odsetek wyświetleń zakończonych kliknięciem: kliknięcia ÷ wyświetlenia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per click</source>
        <translation>Koszt kliknięcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What one click cost: spend ÷ clicks.</source>
        <translation>Koszt jednego kliknięcia: wydatki ÷ kliknięcia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounce rate</source>
        <translation>Współczynnik odrzuceń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of sessions that left after one page: bounces ÷ sessions.</source>
        <translation>Odsetek sesji zakończonych po jednej stronie: odrzucenia ÷ sesje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time on site</source>
        <translation>Czas w witrynie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average engaged time per session, in seconds: engaged seconds ÷ sessions.</source>
        <translation>Średni czas zaangażowania na sesję w sekundach: sekundy zaangażowania ÷ sesje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages per session</source>
        <translation>Strony na sesję</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages seen per visit: pageviews ÷ sessions.</source>
        <translation>Strony wyświetlone podczas jednej wizyty: odsłony ÷ sesje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social engagements</source>
        <translation>Interakcje społecznościowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likes + comments + shares.</source>
        <translation>Polubienia + komentarze + udostępnienia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement rate</source>
        <translation>Wskaźnik zaangażowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social engagements ÷ impressions, on the rows that report both.</source>
        <translation>Interakcje społecznościowe ÷ wyświetlenia, w wierszach zawierających obie wartości.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email open rate</source>
        <translation>Otwieralność e-maili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of delivered emails that were opened: opens ÷ delivered.</source>
        <translation>Odsetek dostarczonych e-maili, które zostały otwarte: otwarcia ÷ dostarczone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email click-through rate</source>
        <translation>Klikalność e-maili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of delivered emails that got a click: email clicks ÷ delivered.</source>
        <translation>Odsetek dostarczonych e-maili zakończonych kliknięciem: kliknięcia w e-mailach ÷ dostarczone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click-to-open rate</source>
        <translation>Kliknięcia do otwarć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of opened emails that got a click: email clicks ÷ opens.</source>
        <translation>Odsetek otwartych e-maili zakończonych kliknięciem: kliknięcia w e-mailach ÷ otwarcia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe rate</source>
        <translation>Wskaźnik wypisań</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of delivered emails that led to an unsubscribe: unsubscribes ÷ delivered.</source>
        <translation>Odsetek dostarczonych e-maili, po których nastąpiło wypisanie: wypisania ÷ dostarczone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA click-through rate</source>
        <translation>Klikalność CTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls to action clicked per pageview: CTA clicks ÷ pageviews.</source>
        <translation>Kliknięte wezwania do działania (CTA) na odsłonę: kliknięcia CTA ÷ odsłony.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Landing page conversion rate</source>
        <translation>Konwersja stron docelowych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of landing page views that sent a form: form submissions ÷ landing page views.</source>
        <translation>Odsetek wyświetleń stron docelowych zakończonych wysłaniem formularza: wysłane formularze ÷ wyświetlenia stron docelowych.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../core/kpi/kpivalues.cpp" line="+1"/>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New leads created in the period, from the CRM (or the platforms&apos; counts when no CRM leads were imported).</source>
        <translation>Nowe leady utworzone w okresie, według CRM (lub według platform, jeśli nie zaimportowano leadów z CRM).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform-reported leads</source>
        <translation>Leady według platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads as the ad platforms count them: the sum of leads.</source>
        <translation>Leady w ujęciu platform reklamowych: suma leadów.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitor-to-lead rate</source>
        <translation>Konwersja wizyt na leady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads ÷ sessions.</source>
        <translation>Leady ÷ sesje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per lead</source>
        <translation>Koszt leada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media spend ÷ leads.</source>
        <translation>Wydatki mediowe ÷ leady.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/kpi/kpivalues.cpp" line="+1"/>
        <source>MQLs</source>
        <translation>MQL-e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads that became marketing-qualified in the period.</source>
        <translation>Leady, które w okresie zostały zakwalifikowane przez marketing (MQL).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SALs</source>
        <translation>SAL-e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads that sales accepted in the period.</source>
        <translation>Leady zaakceptowane przez dział sprzedaży w okresie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead → MQL rate</source>
        <translation>Konwersja lead → MQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the leads created in the period, the share that has reached MQL so far.</source>
        <translation>Spośród leadów utworzonych w okresie: odsetek tych, które dotychczas osiągnęły etap MQL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQL → SQL rate</source>
        <translation>Konwersja MQL → SQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the leads that became MQL in the period, the share that has reached SQL.</source>
        <translation>Spośród leadów, które w okresie stały się MQL: odsetek tych, które osiągnęły etap SQL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per MQL</source>
        <translation>Koszt MQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media spend ÷ MQLs.</source>
        <translation>Wydatki mediowe ÷ MQL-e.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average lead score</source>
        <translation>Średnia punktacja leadów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean score of the leads created in the period that have a score.</source>
        <translation>Średnia punktacja leadów utworzonych w okresie, które mają przypisaną punktację.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../core/kpi/kpivalues.cpp" line="+0"/>
        <source>SQLs</source>
        <translation>SQL-e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads that became sales-qualified in the period.</source>
        <translation>Leady, które w okresie zostały zakwalifikowane przez sprzedaż (SQL).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL → customer rate</source>
        <translation>Konwersja SQL → klient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the leads that became SQL in the period, the share that became customers.</source>
        <translation>Spośród leadów, które w okresie stały się SQL: odsetek tych, które zostały klientami.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities (SQOs)</source>
        <translation>Szanse sprzedaży (SQO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals created in the period.</source>
        <translation>Transakcje utworzone w okresie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per opportunity</source>
        <translation>Koszt szansy sprzedaży</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media spend ÷ opportunities.</source>
        <translation>Wydatki mediowe ÷ szanse sprzedaży.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals won</source>
        <translation>Wygrane transakcje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals won with a close date in the period.</source>
        <translation>Wygrane transakcje z datą zamknięcia w okresie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>Wskaźnik wygranych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won ÷ (won + lost), of the deals closed in the period.</source>
        <translation>Wygrane ÷ (wygrane + przegrane), spośród transakcji zamkniętych w okresie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue won</source>
        <translation>Przychód z wygranych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amounts of the deals won in the period.</source>
        <translation>Suma kwot transakcji wygranych w okresie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average deal size</source>
        <translation>Średnia wartość transakcji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue ÷ deals won in the period that have an amount.</source>
        <translation>Przychód ÷ transakcje wygrane w okresie, które mają kwotę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales cycle</source>
        <translation>Cykl sprzedaży</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean days from first touch to close, of the deals won in the period.</source>
        <translation>Średnia liczba dni od pierwszego kontaktu do zamknięcia, dla transakcji wygranych w okresie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open pipeline</source>
        <translation>Otwarty pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amounts of deals created by the period&apos;s end and still open at its end.</source>
        <translation>Suma kwot transakcji utworzonych do końca okresu i nadal otwartych na jego koniec.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales velocity (per day)</source>
        <translation>Prędkość sprzedaży (dziennie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunities × win rate × average deal size ÷ sales cycle days.</source>
        <translation>Szanse sprzedaży × wskaźnik wygranych × średnia wartość transakcji ÷ długość cyklu sprzedaży w dniach.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead → customer rate</source>
        <translation>Konwersja lead → klient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the leads created in the period, the share that became customers.</source>
        <translation>Spośród leadów utworzonych w okresie: odsetek tych, które zostały klientami.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customers</source>
        <translation>Nowi klienci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers who started in the period (or deals won, when no customers were imported).</source>
        <translation>Klienci, którzy rozpoczęli współpracę w okresie (lub wygrane transakcje, jeśli nie zaimportowano klientów).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketing and sales cost</source>
        <translation>Koszt marketingu i sprzedaży</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media spend + other marketing and sales expenses.</source>
        <translation>Wydatki mediowe + pozostałe wydatki marketingowe i sprzedażowe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer acquisition cost</source>
        <translation>Koszt pozyskania klienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing and sales cost ÷ new customers.</source>
        <translation>Koszt marketingu i sprzedaży ÷ nowi klienci.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing ROI</source>
        <translation>ROI marketingu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(Revenue − marketing and sales cost) ÷ marketing and sales cost.</source>
        <translation>(Przychód − koszt marketingu i sprzedaży) ÷ koszt marketingu i sprzedaży.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active customers</source>
        <translation>Aktywni klienci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers active at the end of the period.</source>
        <translation>Klienci aktywni na koniec okresu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer retention rate</source>
        <translation>Wskaźnik utrzymania klientów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the customers active at the start, the share still active at the end.</source>
        <translation>Spośród klientów aktywnych na początku okresu: odsetek tych, którzy są nadal aktywni na jego koniec.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Churn rate</source>
        <translation>Wskaźnik rezygnacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the customers active at the start, the share that churned in the period.</source>
        <translation>Spośród klientów aktywnych na początku okresu: odsetek tych, którzy zrezygnowali w jego trakcie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly recurring revenue</source>
        <translation>Miesięczny przychód powtarzalny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MRR of the customers active at the end of the period.</source>
        <translation>MRR klientów aktywnych na koniec okresu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average revenue per account</source>
        <translation>Średni przychód na konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRR ÷ active customers with a known MRR.</source>
        <translation>MRR ÷ aktywni klienci ze znanym MRR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer lifetime value</source>
        <translation>Żywotna wartość klienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARPA ÷ monthly churn (churn rate × 30.4375 ÷ days in the period).</source>
        <translation>ARPA ÷ miesięczny wskaźnik rezygnacji (wskaźnik rezygnacji × 30,4375 ÷ liczba dni w okresie).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LTV : CAC</source>
        <translation>LTV : CAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer lifetime value ÷ customer acquisition cost.</source>
        <translation>Żywotna wartość klienta ÷ koszt pozyskania klienta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(Promoters 9–10 − detractors 0–6) ÷ responses × 100.</source>
        <translation>(Promotorzy 9–10 − krytycy 0–6) ÷ odpowiedzi × 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey responses</source>
        <translation>Odpowiedzi w ankietach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey answers dated in the period.</source>
        <translation>Odpowiedzi w ankietach z datą w okresie.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Awareness</source>
        <translation>Świadomość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engagement</source>
        <translation>Zaangażowanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead generation</source>
        <translation>Pozyskiwanie leadów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales</source>
        <translation>Sprzedaż</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loyalty</source>
        <translation>Lojalność</translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpiformat.cpp" line="+37"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpitablemodel.cpp" line="+80"/>
        <location filename="../../ui/attributionview.cpp" line="+159"/>
        <location filename="../../ui/cohortview.cpp" line="+80"/>
        <location filename="../../ui/reconciliationview.cpp" line="+108"/>
        <source>Total</source>
        <translation>Suma</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 (previous: %2, change %3)</source>
        <translation>%1 (poprzednio: %2, zmiana %3)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>seconds</source>
        <translation>sekundy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>dni</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Total of all rows</source>
        <translation>Suma wszystkich wierszy</translation>
    </message>
    <message>
        <location filename="../../core/kpi/customkpi.cpp" line="-706"/>
        <location filename="../../core/kpi/kpivalues.cpp" line="-2"/>
        <source>Clicks</source>
        <translation>Kliknięcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other expenses</source>
        <translation>Pozostałe wydatki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals lost</source>
        <translation>Przegrane transakcje</translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpivalues.cpp" line="+1"/>
        <source>Sessions</source>
        <translation>Sesje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunities</source>
        <translation>Szanse sprzedaży</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Won deals</source>
        <translation>Wygrane transakcje</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/kpi/kpicaveat.cpp" line="+26"/>
        <source>small sample: %n answer(s)</source>
        <translation>
            <numerusform>mała próba: %n odpowiedź</numerusform>
            <numerusform>mała próba: %n odpowiedzi</numerusform>
            <numerusform>mała próba: %n odpowiedzi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n customer(s)</source>
        <translation>
            <numerusform>mała próba: %n klient</numerusform>
            <numerusform>mała próba: %n klientów</numerusform>
            <numerusform>mała próba: %n klientów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n impression(s)</source>
        <translation>
            <numerusform>mała próba: %n wyświetlenie</numerusform>
            <numerusform>mała próba: %n wyświetlenia</numerusform>
            <numerusform>mała próba: %n wyświetleń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n e-mail(s) delivered</source>
        <translation>
            <numerusform>mała próba: %n dostarczony e-mail</numerusform>
            <numerusform>mała próba: %n dostarczone e-maile</numerusform>
            <numerusform>mała próba: %n dostarczonych e-maili</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n open(s)</source>
        <translation>
            <numerusform>mała próba: %n otwarcie</numerusform>
            <numerusform>mała próba: %n otwarcia</numerusform>
            <numerusform>mała próba: %n otwarć</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n page view(s)</source>
        <translation>
            <numerusform>mała próba: %n odsłona</numerusform>
            <numerusform>mała próba: %n odsłony</numerusform>
            <numerusform>mała próba: %n odsłon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n landing page view(s)</source>
        <translation>
            <numerusform>mała próba: %n wyświetlenie strony docelowej</numerusform>
            <numerusform>mała próba: %n wyświetlenia stron docelowych</numerusform>
            <numerusform>mała próba: %n wyświetleń stron docelowych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n lead(s)</source>
        <translation>
            <numerusform>mała próba: %n lead</numerusform>
            <numerusform>mała próba: %n leady</numerusform>
            <numerusform>mała próba: %n leadów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n MQL(s)</source>
        <translation>
            <numerusform>mała próba: %n MQL</numerusform>
            <numerusform>mała próba: %n MQL</numerusform>
            <numerusform>mała próba: %n MQL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n SQL(s)</source>
        <translation>
            <numerusform>mała próba: %n SQL</numerusform>
            <numerusform>mała próba: %n SQL</numerusform>
            <numerusform>mała próba: %n SQL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n closed deal(s)</source>
        <translation>
            <numerusform>mała próba: %n zamknięta transakcja</numerusform>
            <numerusform>mała próba: %n zamknięte transakcje</numerusform>
            <numerusform>mała próba: %n zamkniętych transakcji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n session(s)</source>
        <translation>
            <numerusform>mała próba: %n sesja</numerusform>
            <numerusform>mała próba: %n sesje</numerusform>
            <numerusform>mała próba: %n sesji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>still maturing: its leads need %n day(s)</source>
        <translation>
            <numerusform>kohorta jeszcze dojrzewa: jej leady potrzebują %n dnia</numerusform>
            <numerusform>kohorta jeszcze dojrzewa: jej leady potrzebują %n dni</numerusform>
            <numerusform>kohorta jeszcze dojrzewa: jej leady potrzebują %n dni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpiinputs.cpp" line="+167"/>
        <source>Import your own CSV with %1 to see this.</source>
        <translation>Zaimportuj własny plik CSV z kolumnami %1, aby zobaczyć ten wskaźnik.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a file from %1 or your own CSV with %2 to see this.</source>
        <translation>Zaimportuj plik z %1 lub własny plik CSV z kolumnami %2, aby zobaczyć ten wskaźnik.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/datapage.cpp" line="+28"/>
        <source>Delete import of %1</source>
        <translation>Usunięcie importu %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete import</source>
        <translation>Usuń import</translation>
    </message>
    <message>
        <location filename="../../ui/goalspage.cpp" line="+95"/>
        <source>&lt;h3&gt;S — Goals&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;S — Cele&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;h3&gt;M — Data quality&lt;/h3&gt;&lt;p&gt;%1 gap(s), %2 rejected rows, %3 channel(s) where platform and CRM leads disagree.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;M — Jakość danych&lt;/h3&gt;&lt;p&gt;Luki: %1, odrzucone wiersze: %2, kanały z rozbieżną liczbą leadów według platform i CRM: %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;A — Anomalies&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;A — Anomalie&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;h3&gt;R — Status changes&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;R — Zmiany statusu&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;h3&gt;T — Recommended actions&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;T — Zalecane działania&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../ui/readonly.h" line="+16"/>
        <source>Read-only workspace</source>
        <translation>Obszar roboczy tylko do odczytu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workspace is open read-only. To change it, copy the file to a folder you can write to and open the copy.</source>
        <translation>Ten obszar roboczy jest otwarty tylko do odczytu. Aby go zmienić, skopiuj plik do folderu z prawem zapisu i otwórz kopię.</translation>
    </message>
</context>
<context>
    <name>RecentWorkspaces</name>
    <message>
        <location filename="../../core/store/recentworkspaces.cpp" line="+53"/>
        <source>Funnelscope workspaces (*.funnelscope)</source>
        <translation>Obszary robocze Funnelscope (*.funnelscope)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Funnelscope workspaces (*.funnelscope *.db)</source>
        <translation>Obszary robocze Funnelscope (*.funnelscope *.db)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+132"/>
        <source>Page %1</source>
        <translation>Strona %1</translation>
    </message>
    <message>
        <location filename="../../core/report/goalpages.cpp" line="+173"/>
        <source>ahead of plan</source>
        <translation>przed planem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>behind plan</source>
        <translation>opóźnienie wobec planu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on plan</source>
        <translation>zgodnie z planem</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 pp</source>
        <comment>percentage points</comment>
        <translation>%1 pkt proc.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Now %1, plan %2: %3 (%4), %5.</source>
        <translation>Obecnie %1, plan %2: %3 (%4), %5.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 for %2 · owner %3 · reviewed %4 · serves: %5</source>
        <translation>%1 dla %2 · właściciel: %3 · przegląd: %4 · cel biznesowy: %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target %1 in total from %2 to %3 (baseline period at the same pace: %4).</source>
        <translation>Cel: łącznie %1 od %2 do %3 (okres bazowy w tym samym tempie: %4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline %1 on %2 → target %3 by %4.</source>
        <translation>Wartość bazowa %1 na dzień %2 → cel %3 do %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/goalspage.cpp" line="-52"/>
        <source>Measured as of %1.</source>
        <translation>Pomiar na dzień %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measured as of %1; now is the latest whole period, %2 – %3.</source>
        <translation>Pomiar na dzień %1; „Obecnie” oznacza ostatni pełny okres, %2 – %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Now %1.</source>
        <translation>Obecnie %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forecast at the deadline %1.</source>
        <translation>Prognoza na termin: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: %1 (progress %2 of the %3 expected by now).</source>
        <translation>Status: %1 (postęp %2 wobec %3 oczekiwanych na ten moment).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Target %1</source>
        <translation>Cel %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deadline %1</source>
        <translation>Termin %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As of %1</source>
        <translation>Stan na %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast</source>
        <translation>Prognoza</translation>
    </message>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+359"/>
        <source>same</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>better</source>
        <translation>lepiej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worse</source>
        <translation>gorzej</translation>
    </message>
    <message>
        <location filename="../../core/report/reportparts.cpp" line="+46"/>
        <source>all channels and campaigns</source>
        <translation>wszystkie kanały i kampanie</translation>
    </message>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+157"/>
        <location line="+614"/>
        <source>cannot write %1</source>
        <translation>nie można zapisać %1</translation>
    </message>
    <message>
        <location line="-595"/>
        <source>%1 · %2 · data up to %3</source>
        <translation>%1 · %2 · dane do %3</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Compared with %1 – %2.</source>
        <translation>Porównanie z okresem %1 – %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filters: %1.</source>
        <translation>Filtry: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prepared %1 with Funnelscope.</source>
        <translation>Przygotowano %1 w programie Funnelscope.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMART review: Select the KPIs that matter, Measure them accurately, Analyse for insight, Review on a rhythm, Take action.</source>
        <translation>Przegląd SMART: S — wybierz KPI, które mają znaczenie; M — mierz je dokładnie; A — analizuj, aby uzyskać wnioski; R — przeglądaj regularnie; T — podejmij działanie.</translation>
    </message>
    <message>
        <location filename="../../core/report/reportchoices.cpp" line="+19"/>
        <source>Cover</source>
        <translation>Okładka</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../core/report/reportwriter.cpp" line="+9"/>
        <source>Executive summary</source>
        <translation>Podsumowanie dla zarządu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goals and their pace</source>
        <translation>Cele i ich tempo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data quality</source>
        <translation>Jakość danych</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes on the data</source>
        <translation>Notatki do danych</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trends and anomalies</source>
        <translation>Trendy i anomalie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What moved</source>
        <translation>Przyczyny zmian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The funnel</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since the last review</source>
        <translation>Zmiany od ostatniego przeglądu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended actions and decisions</source>
        <translation>Zalecane działania i decyzje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appendix: KPI definitions</source>
        <translation>Załącznik: definicje KPI</translation>
    </message>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+7"/>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals, as of %1</source>
        <translation>Cele, stan na %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No goals are set for this workspace yet.</source>
        <translation>Dla tego obszaru roboczego nie ustalono jeszcze celów.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+370"/>
        <source>Goal</source>
        <translation>Cel</translation>
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
        <translation>Obecnie</translation>
    </message>
    <message>
        <location filename="../../core/report/goalpages.cpp" line="-1"/>
        <location filename="../../core/report/reportwriter.cpp" line="-304"/>
        <source>Target</source>
        <translation>Docelowo</translation>
    </message>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+1"/>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>Oczekiwany</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+436"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-432"/>
        <source>Headline KPIs</source>
        <translation>Kluczowe KPI</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+28"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+28"/>
        <location line="+279"/>
        <source>This period</source>
        <translation>Ten okres</translation>
    </message>
    <message>
        <location line="-307"/>
        <location line="+28"/>
        <location line="+245"/>
        <location line="+35"/>
        <source>Before</source>
        <translation>Wcześniej</translation>
    </message>
    <message>
        <location line="-307"/>
        <location line="+28"/>
        <location line="+245"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>S — Select: the goals and the KPIs that matter</source>
        <translation>S — Wybierz: cele i KPI, które mają znaczenie</translation>
    </message>
    <message>
        <location filename="../../core/report/goalpages.cpp" line="-2"/>
        <source>Actual</source>
        <translation>Wykonanie</translation>
    </message>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+10"/>
        <source>No goals yet: choose pipeline and revenue KPIs, not vanity metrics, and set a target for each.</source>
        <translation>Nie ma jeszcze celów: wybierz KPI dotyczące pipeline&apos;u i przychodu, a nie wskaźniki próżności, i ustal wartość docelową dla każdego z nich.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Rejected rows across %1 imports: %2; the import log keeps the line and reason of each.</source>
        <translation>Odrzucone wiersze we wszystkich importach (%1): %2; dziennik importu przechowuje numer wiersza i przyczynę dla każdego z nich.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>No anomalies in this review&apos;s period: every period is within the range of its trailing history.</source>
        <translation>Brak anomalii w okresie tego przeglądu: każdy okres mieści się w zakresie swojej wcześniejszej historii.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anomalies in this review&apos;s period (circled): %1.</source>
        <translation>Anomalie w okresie tego przeglądu (zaznaczone kółkiem): %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For context, earlier anomalies (circled, before this review&apos;s period): %1.</source>
        <translation>Dla kontekstu — wcześniejsze anomalie (zaznaczone kółkiem, sprzed okresu tego przeglądu): %1.</translation>
    </message>
    <message>
        <location line="+160"/>
        <location filename="../../ui/goalspage.cpp" line="+81"/>
        <source>for the goal %1</source>
        <translation>dla celu %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/goalspage.cpp" line="+9"/>
        <source>answers: %1</source>
        <translation>w odpowiedzi na: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/goalspage.cpp" line="-14"/>
        <source>overdue</source>
        <translation>po terminie</translation>
    </message>
    <message>
        <location line="-340"/>
        <source>M — Measure: is the data complete and trustworthy?</source>
        <translation>M — Mierz: czy dane są kompletne i wiarygodne?</translation>
    </message>
    <message>
        <location line="-349"/>
        <source>%1 rose %2 to %3 (from %4).</source>
        <translation>%1: wzrost o %2 do %3 (z %4).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 fell %2 to %3 (from %4).</source>
        <translation>%1: spadek o %2 do %3 (z %4).</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>All %n goal(s) are on track or not yet started.</source>
        <translation>
            <numerusform>Jedyny cel jest na dobrej drodze lub jeszcze się nie zaczął.</numerusform>
            <numerusform>Wszystkie %n cele są na dobrej drodze lub jeszcze się nie zaczęły.</numerusform>
            <numerusform>Wszystkie %n celów jest na dobrej drodze lub jeszcze się nie zaczęło.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 goals need attention: %3.</source>
        <translation>Celów wymagających uwagi: %1 z %2: %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The largest anomaly: %1 in the period from %2 was %3 against a usual %4 (see the trend charts).</source>
        <translation>Największa anomalia: %1 w okresie od %2 – %3 wobec zwykle %4 (zob. wykresy trendów).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>We decided: %1.</source>
        <translation>Zdecydowaliśmy: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended next: %1</source>
        <translation>Zalecany następny krok: %1</translation>
    </message>
    <message>
        <location line="+284"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows in the period</source>
        <translation>Wiersze w okresie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freshest date</source>
        <translation>Najnowsza data</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gaps: every channel that reports daily has data for every day of the period.</source>
        <translation>Luki: każdy kanał raportujący codziennie ma dane za każdy dzień okresu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Includes totals spread evenly over %1 – %2 (%3): a report without a day breakdown, so its days hold equal shares.</source>
        <translation>Obejmuje sumy rozłożone równo na %1 – %2 (%3): raport bez podziału na dni, więc jego dni mają równe udziały.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Leads as the ad platforms reported them and as the CRM recorded them agree within 20% on every channel that has both:</source>
        <translation>Liczby leadów według platform reklamowych i według CRM są zgodne z dokładnością do 20% w każdym kanale, który ma oba źródła:</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Leads as the ad platforms reported them and as the CRM recorded them; %n channel(s) differ by more than 20%:</source>
        <translation>
            <numerusform>Leady według platform reklamowych i według CRM; %n kanał różni się o ponad 20%:</numerusform>
            <numerusform>Leady według platform reklamowych i według CRM; %n kanały różnią się o ponad 20%:</numerusform>
            <numerusform>Leady według platform reklamowych i według CRM; %n kanałów różni się o ponad 20%:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+30"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+4"/>
        <source>Platform-reported leads</source>
        <translation>Leady według platform</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>CRM leads</source>
        <translation>Leady w CRM</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Difference</source>
        <translation>Różnica</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Analytics key events</source>
        <translation>Kluczowe zdarzenia Analytics</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A — Analyse: trends, anomalies and what moved</source>
        <translation>A — Analizuj: trendy, anomalie i przyczyny zmian</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>before this period</source>
        <translation>przed tym okresem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all channels</source>
        <translation>wszystkie kanały</translation>
    </message>
    <message>
        <location line="-14"/>
        <location filename="../../ui/goalspage.cpp" line="+24"/>
        <source>Notes on the data (numbered as on the charts)</source>
        <translation>Notatki do danych (numeracja jak na wykresach)</translation>
    </message>
    <message>
        <location line="-465"/>
        <source>The data reaches only %1 (%2 of the period&apos;s %3 days): the changes in this report compare part of this period with the whole previous one.</source>
        <translation>Dane sięgają tylko %1 (%2 z %3 dni okresu): zmiany w tym raporcie porównują część tego okresu z całym poprzednim.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>It moved most in the channel %1 (%2 → %3).</source>
        <translation>Najwięcej zmiany przyniósł kanał %1 (%2 → %3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It moved most in the campaign %1 (%2 → %3).</source>
        <translation>Najwięcej zmiany przyniosła kampania %1 (%2 → %3).</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1 · data up to %2</source>
        <translation>%1 · dane do %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Comment:</source>
        <translation>Komentarz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment from %1:</source>
        <translation>Komentarz (%1):</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Data as of %1</source>
        <translation>Dane na dzień %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prepared by %1</source>
        <translation>Przygotowane przez: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared for %1</source>
        <translation>Przygotowane dla: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared by %1 for %2</source>
        <translation>Przygotowane przez: %1, dla: %2</translation>
    </message>
    <message>
        <location line="+96"/>
        <source> (better)</source>
        <translation> (lepiej)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (worse)</source>
        <translation> (gorzej)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your own KPIs</source>
        <translation>Własne KPI</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the period from %1 (%2, usually %3)</source>
        <translation>okres od %1 (%2, zwykle %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2, trailing periods</source>
        <translation>%1 — %2, poprzednie okresy</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Helped most</source>
        <translation>Najbardziej pomogły</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held back most</source>
        <translation>Najbardziej zaszkodziły</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved most</source>
        <translation>Najbardziej się zmieniły</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>channel</source>
        <translation>kanał</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>campaign</source>
        <translation>kampania</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Not ranked</source>
        <translation>Poza rankingiem</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What moved %1 (%2) since the previous period</source>
        <translation>Co wpłynęło na %1 (%2) od poprzedniego okresu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dimension</source>
        <translation>Wymiar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The funnel (bar widths on a log scale)</source>
        <translation>Lejek (szerokość słupków w skali logarytmicznej)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conversion from the step above</source>
        <translation>Konwersja z poprzedniego kroku</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The step that changed most: %1 → %2, %3%4 percentage points.</source>
        <translation>Krok o największej zmianie: %1 → %2, %3%4 pkt proc.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>R — Review: what changed since the last review</source>
        <translation>R — Przeglądaj: co się zmieniło od ostatniego przeglądu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous review: %1 (to %2).</source>
        <translation>Poprzedni przegląd: %1 (do %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the first review of this workspace.</source>
        <translation>To pierwszy przegląd tego obszaru roboczego.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No goal changed status.</source>
        <translation>Żaden cel nie zmienił statusu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Was</source>
        <translation>Było</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Is</source>
        <translation>Jest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals met: %1.</source>
        <translation>Osiągnięte cele: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals missed: %1.</source>
        <translation>Nieosiągnięte cele: %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Actions due</source>
        <translation>Działania do wykonania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+47"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+47"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>T — Take action: what to do next</source>
        <translation>T — Podejmij działanie: co robić dalej</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No rule of the action table fired: no KPI moved enough in the wrong direction.</source>
        <translation>Nie zadziałała żadna reguła z tabeli działań: żaden KPI nie zmienił się wystarczająco w niepożądanym kierunku.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the data shows</source>
        <translation>Co pokazują dane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommended action</source>
        <translation>Zalecane działanie</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../ui/goalspage.cpp" line="-41"/>
        <source>Decisions and open actions</source>
        <translation>Decyzje i otwarte działania</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/goalspage.cpp" line="+3"/>
        <source>None recorded yet.</source>
        <translation>Nic jeszcze nie zapisano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appendix: how each KPI is computed</source>
        <translation>Załącznik: jak obliczany jest każdy KPI</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>higher</source>
        <translation>wyższa</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>lower</source>
        <translation>niższa</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Your own KPI: %1.</source>
        <translation>Własny KPI: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neither</source>
        <translation>żadna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Definition</source>
        <translation>Definicja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Better</source>
        <translation>Lepsza wartość</translation>
    </message>
    <message>
        <location filename="../../ui/goalspage.cpp" line="-22"/>
        <source>earlier, for context</source>
        <translation>wcześniej, dla kontekstu</translation>
    </message>
    <message>
        <location filename="../../core/report/companylogo.cpp" line="+51"/>
        <source>cannot read %1: %2</source>
        <translation>nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2 KB: a logo may be at most %3 KB (save it smaller, or as SVG)</source>
        <translation>%1 ma %2 KB: logo może mieć najwyżej %3 KB (zapisz je w mniejszym rozmiarze lub jako SVG)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an image Funnelscope can read: choose a PNG, JPEG or SVG file</source>
        <translation>%1 nie jest obrazem, który Funnelscope potrafi odczytać: wybierz plik PNG, JPEG lub SVG</translation>
    </message>
</context>
<context>
    <name>RowDrill</name>
    <message>
        <location filename="../../core/store/rowdrill.cpp" line="+89"/>
        <source>Impressions</source>
        <translation>Wyświetlenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach</source>
        <translation>Zasięg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation>Kliknięcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Sesje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounces</source>
        <translation>Odrzucenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pageviews</source>
        <translation>Odsłony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engaged seconds</source>
        <translation>Sekundy zaangażowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landing page views</source>
        <translation>Wyświetlenia stron docelowych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form submissions</source>
        <translation>Wysłane formularze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA clicks</source>
        <translation>Kliknięcia CTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likes</source>
        <translation>Polubienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Komentarze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares</source>
        <translation>Udostępnienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New followers</source>
        <translation>Nowi obserwujący</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions</source>
        <translation>Wzmianki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails sent</source>
        <translation>Wysłane e-maile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails delivered</source>
        <translation>Dostarczone e-maile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails opened</source>
        <translation>Otwarte e-maile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email clicks</source>
        <translation>Kliknięcia w e-mailach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribes</source>
        <translation>Wypisania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform leads</source>
        <translation>Leady według platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQL date</source>
        <translation>Data MQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SAL date</source>
        <translation>Data SAL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL date</source>
        <translation>Data SQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer date</source>
        <translation>Data pozyskania klienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead score</source>
        <translation>Punktacja leada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+96"/>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First touch</source>
        <translation>Pierwszy kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close date</source>
        <translation>Data zamknięcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal amount</source>
        <translation>Kwota transakcji</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+122"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn</source>
        <translation>Rezygnacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+136"/>
        <source>Expense</source>
        <translation>Wydatek</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respondent</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Campaign row</source>
        <translation>Wiersz kampanii</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Survey answer</source>
        <translation>Odpowiedź w ankiecie</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>unknown KPI %1 (funnelscope-cli kpis --list names them)</source>
        <translation>nieznany KPI %1 (funnelscope-cli kpis --list wyświetla ich nazwy)</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>not recorded (imported before this version)</source>
        <translation>nie zapisano (zaimportowano przed tą wersją)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (and 1 more line of the file merged into this row)</source>
        <translation>%1 (i jeszcze 1 wiersz pliku scalony w ten wiersz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (and %2 more lines of the file merged into this row)</source>
        <translation>%1 (scalono w ten wiersz także kolejne wiersze pliku: %2)</translation>
    </message>
</context>
<context>
    <name>SmartCheck</name>
    <message>
        <location filename="../../core/goals/smartcheck.cpp" line="+74"/>
        <source>Specific: choose the KPI this goal moves.</source>
        <translation>Konkretny: wybierz KPI, na który wpływa ten cel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Specific: %1 across all channels and campaigns.</source>
        <translation>Konkretny: %1 we wszystkich kanałach i kampaniach.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specific: %1 for %2.</source>
        <translation>Konkretny: %1 dla: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Measurable: set a numeric target.</source>
        <translation>Mierzalny: ustaw liczbową wartość docelową.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measurable: the baseline period holds no whole %1 period; choose one that covers at least one, so that the baseline is measured over the same length as the goal.</source>
        <translation>Mierzalny: okres bazowy nie obejmuje ani jednego pełnego okresu przeglądu (%1); wybierz taki, który obejmuje co najmniej jeden, aby wartość bazowa była mierzona w okresie tej samej długości co cel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measurable: there is no data for %1 in this scope; import the files it needs first.</source>
        <translation>Mierzalny: brak danych dla KPI %1 w tym zakresie; najpierw zaimportuj potrzebne pliki.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Measurable: target %1; the baseline is %2.</source>
        <translation>Mierzalny: wartość docelowa %1; wartość bazowa %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>needs %1 in %2 days</source>
        <translation>wymaga zmiany o %1 w ciągu %2 dni</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Achievable: %1; there is not enough history to compare with.</source>
        <translation>Osiągalny: %1; brak wystarczającej historii do porównania.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Achievable: %1; your history has changes like that — realistic.</source>
        <translation>Osiągalny: %1; w historii zdarzały się takie zmiany — realny.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Achievable: %1; the best %2-day change in your history is %3 — a stretch.</source>
        <translation>Osiągalny: %1; najlepsza zmiana %2-dniowa w historii to %3 — ambitny.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Achievable: %1; the best %2-day change in your history is %3 — unrealistic.</source>
        <translation>Osiągalny: %1; najlepsza zmiana %2-dniowa w historii to %3 — nierealny.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Achievable: set a target to compare with your history.</source>
        <translation>Osiągalny: ustaw wartość docelową, aby porównać ją z historią.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Achievable: no baseline to measure the change against.</source>
        <translation>Osiągalny: brak wartości bazowej, względem której można zmierzyć zmianę.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Relevant: write the business objective this goal serves.</source>
        <translation>Istotny: wpisz cel biznesowy, któremu służy ten cel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Relevant: %1 is an awareness metric; make sure it is tied to a lead or revenue goal.</source>
        <translation>Istotny: %1 to wskaźnik świadomości; upewnij się, że jest powiązany z celem dotyczącym leadów lub przychodu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relevant: serves “%1”.</source>
        <translation>Istotny: służy celowi „%1”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time-bound: the deadline must come after the start.</source>
        <translation>Określony w czasie: termin musi przypadać po dacie rozpoczęcia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time-bound: %1 days, reviewed %2.</source>
        <translation>Określony w czasie: %1 dni, przegląd: %2.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../ui/chartkpi.cpp" line="+98"/>
        <source>%1 (seconds)</source>
        <translation>%1 (sekundy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (days)</source>
        <translation>%1 (dni)</translation>
    </message>
    <message>
        <location filename="../../ui/trendchart.cpp" line="+25"/>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week starting</source>
        <translation>Tydzień od</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarter starting</source>
        <translation>Kwartał od</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../ui/userguide.cpp" line="+26"/>
        <location line="+23"/>
        <source>a count</source>
        <translation>liczba</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+23"/>
        <source>money, in the reporting currency</source>
        <translation>kwota w walucie raportowania</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+23"/>
        <source>a percentage</source>
        <translation>wartość procentowa</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>seconds</source>
        <translation>sekundy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>dni</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>a number</source>
        <translation>wartość liczbowa</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>a score from −100 to 100</source>
        <translation>wynik od −100 do 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>money per day</source>
        <translation>kwota na dzień</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a ratio (x : 1)</source>
        <translation>stosunek (x : 1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no shipped export has these columns: import your own file with them (&lt;a href=&quot;guide:export-generic-csv&quot;&gt;your own CSV&lt;/a&gt;)</source>
        <translation>żaden dostępny w programie eksport nie ma tych kolumn: zaimportuj własny plik, który je zawiera (&lt;a href=&quot;guide:export-generic-csv&quot;&gt;własny plik CSV&lt;/a&gt;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, or &lt;a href=&quot;guide:export-generic-csv&quot;&gt;your own CSV&lt;/a&gt; with these columns</source>
        <translation>%1 lub &lt;a href=&quot;guide:export-generic-csv&quot;&gt;własny plik CSV&lt;/a&gt; z tymi kolumnami</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when none of those were imported, %1</source>
        <translation>jeśli nie zaimportowano żadnego z nich: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+158"/>
        <source>KPI glossary</source>
        <translation>Słownik KPI</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Every KPI Funnelscope computes, by funnel stage: what it means, its unit, which way is better, and which exports fill it. Press F1 on a card or a table cell to come here.</source>
        <translation>Wszystkie KPI obliczane przez Funnelscope, według etapów lejka: co oznaczają, w jakiej jednostce są wyrażone, jaki kierunek zmian jest korzystny i które eksporty dostarczają danych. Naciśnij F1 na karcie lub komórce tabeli, aby tu przejść.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+29"/>
        <source>Unit: %1.</source>
        <translation>Jednostka: %1.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+24"/>
        <source>Higher is better.</source>
        <translation>Wyższa wartość jest lepsza.</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Lower is better.</source>
        <translation>Niższa wartość jest lepsza.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Adds up over time: a goal sets its total.</source>
        <translation>Sumuje się w czasie: cel określa łączną wartość.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A level: a goal sets the level to reach.</source>
        <translation>Poziom: cel określa poziom do osiągnięcia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id in formulas and the command line: %1.</source>
        <translation>Identyfikator w formułach i wierszu poleceń: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computed from:</source>
        <translation>Obliczany na podstawie:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own KPIs</source>
        <translation>Własne KPI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This workspace has none yet. Edit → Custom KPIs… adds a formula over the KPIs above, such as revenue ÷ leads.</source>
        <translation>Ten obszar roboczy nie ma jeszcze własnych KPI. Polecenie Edycja → Własne KPI… dodaje formułę opartą na powyższych KPI, np. przychód ÷ leady.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your own KPI: %1.</source>
        <translation>Własny KPI: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neither higher nor lower is better.</source>
        <translation>Ani wyższa, ani niższa wartość nie jest lepsza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown with %1.</source>
        <translation>Pokazywany w grupie: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formula: %1.</source>
        <translation>Formuła: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+106"/>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The menu commands that have a shortcut, as this window has them.</source>
        <translation>Polecenia menu, które mają skrót klawiszowy, tak jak są przypisane w tym oknie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>Polecenie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>On the dashboard</source>
        <translation>Na pulpicie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move between the filters, the cards and the tables.</source>
        <translation>Przechodzenie między filtrami, kartami i tabelami.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1 on a card or a table cell</source>
        <translation>F1 na karcie lub komórce tabeli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open this guide at that KPI&apos;s entry in the glossary.</source>
        <translation>Otwiera ten przewodnik przy haśle danego KPI w słowniku.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+F1 on a card</source>
        <translation>Shift+F1 na karcie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the card&apos;s definition beside it.</source>
        <translation>Pokazuje definicję karty obok niej.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter on a card</source>
        <translation>Enter na karcie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the stored rows behind its value.</source>
        <translation>Pokazuje zapisane wiersze stojące za jej wartością.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu key on a card</source>
        <translation>Klawisz menu na karcie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The card&apos;s commands (Show rows).</source>
        <translation>Polecenia karty (Pokaż wiersze).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+61"/>
        <source>How to export from each tool</source>
        <translation>Jak wyeksportować dane z poszczególnych narzędzi</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>For each tool: where the export is in its menus, which report, which columns and which dates, then what Funnelscope reads from the file. Import the file with File → Import files… or drop it on the window.</source>
        <translation>Dla każdego narzędzia: gdzie w menu znajduje się eksport, który raport wybrać, jakie kolumny i jakie daty, a następnie co Funnelscope odczytuje z pliku. Zaimportuj plik poleceniem Plik → Importuj pliki… lub upuść go na okno programu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+57"/>
        <source>Your own CSV (any other tool)</source>
        <translation>Własny plik CSV (dowolne inne narzędzie)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>What Funnelscope reads from it</source>
        <translation>Co Funnelscope odczytuje z pliku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, as %2.</source>
        <translation>%1, jako: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its rows count as the channel %1.</source>
        <translation>Jego wiersze liczą się jako kanał %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The KPIs it fills (alone or with other files):</source>
        <translation>KPI, które zasila (samodzielnie lub razem z innymi plikami):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Getting started</source>
        <translation>Pierwsze kroki</translation>
    </message>
</context>
<context>
    <name>ViewStore</name>
    <message>
        <location filename="../../core/store/viewstore.cpp" line="+39"/>
        <source>a view needs a name</source>
        <translation>widok wymaga nazwy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workspace is read-only</source>
        <translation>obszar roboczy jest tylko do odczytu</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../core/store/postgres/workspacecopy.cpp" line="+119"/>
        <source>the workspace schema has no table %1</source>
        <translation>schemat obszaru roboczego nie ma tabeli %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>cannot copy into %1: it already holds workspace data (table %2 is not empty); copy into a new workspace file or an empty database</source>
        <translation>nie można skopiować do %1: zawiera już dane obszaru roboczego (tabela %2 nie jest pusta); skopiuj do nowego pliku obszaru roboczego lub do pustej bazy danych</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot copy from %1: there is no such workspace file</source>
        <translation>nie można skopiować z %1: taki plik obszaru roboczego nie istnieje</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+112"/>
        <location filename="../../core/store/workspace.cpp" line="+289"/>
        <source>cannot read workspace %1: %2</source>
        <translation>nie można odczytać obszaru roboczego %1: %2</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+13"/>
        <location line="+321"/>
        <location line="+19"/>
        <source>cannot read table %1 of %2: %3</source>
        <translation>nie można odczytać tabeli %1 z %2: %3</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>binary data</source>
        <translation>dane binarne</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+357"/>
        <source>cannot copy from %1: table %2, row %3, column %4 holds &apos;%5&apos;, which is not a %6</source>
        <translation>nie można skopiować z %1: tabela %2, wiersz %3, kolumna %4 zawiera &apos;%5&apos;, co nie jest wartością typu %6</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>cannot copy into %1: it is not a file</source>
        <translation>nie można skopiować do %1: to nie jest plik</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+56"/>
        <source>cannot write workspace %1: %2</source>
        <translation>nie można zapisać obszaru roboczego %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+393"/>
        <source>cannot write table %1 of %2: %3</source>
        <translation>nie można zapisać tabeli %1 w %2: %3</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>%1 does not have the workspace schema: column %2.%3 is %4, not %5</source>
        <translation>%1 nie ma schematu obszaru roboczego: kolumna %2.%3 ma typ %4, a nie %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../../core/store/postgres/teamworkspace.cpp" line="+85"/>
        <source>%1 holds no workspace yet: copy one into it with funnelscope-cli copy --from FILE --to %1</source>
        <translation>%1 nie zawiera jeszcze obszaru roboczego: skopiuj go tam poleceniem funnelscope-cli copy --from PLIK --to %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../core/store/postgres/workspacecopy.cpp" line="+376"/>
        <source>%1 holds a workspace of schema %2; this version of Funnelscope reads schema %3</source>
        <translation>%1 zawiera obszar roboczy w schemacie %2; ta wersja Funnelscope czyta schemat %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../core/store/postgres/workspacecopy.cpp" line="-297"/>
        <location line="+171"/>
        <source>cannot read %1: %2</source>
        <translation>nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>you may read %1 but not change it: your PostgreSQL role is a viewer&apos;s; ask the workspace&apos;s admin for the editor role (see the README, &quot;Team workspace&quot;)</source>
        <translation>możesz czytać %1, ale nie zmieniać: Twoja rola PostgreSQL to rola przeglądającego; poproś administratora obszaru roboczego o rolę edytora (zob. README, „Team workspace”)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot create the folder %1 for the copy of %2</source>
        <translation>nie można utworzyć folderu %1 na kopię %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+49"/>
        <source>cannot write the copy of %1 into %2</source>
        <translation>nie można zapisać kopii %1 w %2</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+12"/>
        <source>cannot lock %1 for a change: %2</source>
        <translation>nie można zablokować %1 do zmiany: %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>waiting for another change to %1 to finish…</source>
        <translation>czekam, aż zakończy się inna zmiana w %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for %1&apos;s change to %2 to finish…</source>
        <translation>czekam, aż zakończy się zmiana w %2 wprowadzana przez %1…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>cannot finish the change to %1: its work file %2 is still in use</source>
        <translation>nie można dokończyć zmiany w %1: jej plik roboczy %2 jest nadal w użyciu</translation>
    </message>
    <message>
        <location filename="../../core/store/postgres/workspacecopy.cpp" line="-163"/>
        <source>cannot copy from %1: the database holds no Funnelscope workspace</source>
        <translation>nie można skopiować z %1: baza danych nie zawiera obszaru roboczego Funnelscope</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot copy from %1: its workspace has schema %2 and this Funnelscope reads schema %3</source>
        <translation>nie można skopiować z %1: jego obszar roboczy ma schemat %2, a ta wersja Funnelscope odczytuje schemat %3</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>cannot read table %1 of %2: row %3 has too few fields</source>
        <translation>nie można odczytać tabeli %1 z %2: wiersz %3 ma za mało pól</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>cannot read table %1 of %2: row %3 has more fields than the table&apos;s columns</source>
        <translation>nie można odczytać tabeli %1 z %2: wiersz %3 ma więcej pól, niż tabela ma kolumn</translation>
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
        <translation>nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>copy moves a workspace between a file and a PostgreSQL database: one of %1 and %2 must be a postgresql:// URL (copy a workspace file as any file)</source>
        <translation>copy przenosi obszar roboczy między plikiem a bazą danych PostgreSQL: %1 lub %2 musi być adresem URL postgresql:// (plik obszaru roboczego kopiuje się jak każdy inny plik)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot copy %1 onto itself</source>
        <translation>nie można skopiować %1 do samego siebie</translation>
    </message>
    <message>
        <location filename="../../core/store/workspace.cpp" line="+4"/>
        <source>%1 is not a Funnelscope workspace (not a SQLite database file)</source>
        <translation>%1 nie jest obszarem roboczym Funnelscope (to nie jest plik bazy danych SQLite)</translation>
    </message>
    <message>
        <location filename="../../core/store/postgres/pgschema.cpp" line="+190"/>
        <location filename="../../core/store/postgres/teamworkspace.cpp" line="-179"/>
        <location filename="../../core/store/postgres/workspacecopy.cpp" line="-507"/>
        <location line="+95"/>
        <location line="+152"/>
        <location line="+139"/>
        <source>cannot read the schema of %1: %2</source>
        <translation>nie można odczytać schematu %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../core/store/workspace.cpp" line="+13"/>
        <source>%1 was written by a newer Funnelscope (schema %2, this one reads up to %3); please update Funnelscope</source>
        <translation>%1 zapisano w nowszej wersji Funnelscope (schemat %2, ta wersja odczytuje schematy do %3); zaktualizuj Funnelscope</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>cannot bring %1 to schema %2: %3</source>
        <translation>nie można zaktualizować %1 do schematu %2: %3</translation>
    </message>
    <message>
        <location filename="../../core/store/workspace.cpp" line="+9"/>
        <source>%1 is a SQLite database of another program, not a Funnelscope workspace</source>
        <translation>%1 to baza danych SQLite innego programu, a nie obszar roboczy Funnelscope</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged: it is cut short (%2 of %3 bytes); open a backup copy</source>
        <translation>plik %1 jest uszkodzony: jest niekompletny (%2 z %3 bajtów); otwórz kopię zapasową</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+19"/>
        <source>cannot open workspace %1: %2</source>
        <translation>nie można otworzyć obszaru roboczego %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot open workspace %1: the file or its folder is read-only, and Funnelscope writes to the workspace and next to it while it is open (copy it to a folder you can write to); nothing was changed</source>
        <translation>nie można otworzyć obszaru roboczego %1: plik lub jego folder jest tylko do odczytu, a Funnelscope zapisuje dane w obszarze roboczym i obok niego, gdy jest on otwarty (skopiuj go do folderu z prawem zapisu); niczego nie zmieniono</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a Funnelscope workspace: %2</source>
        <translation>%1 nie jest obszarem roboczym Funnelscope: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot back up %1 before upgrading it: %2</source>
        <translation>nie można utworzyć kopii zapasowej %1 przed aktualizacją: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot open workspace %1 read-only: there is no such file</source>
        <translation>nie można otworzyć obszaru roboczego %1 tylko do odczytu: taki plik nie istnieje</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot open workspace %1 read-only: %2</source>
        <translation>nie można otworzyć obszaru roboczego %1 tylko do odczytu: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was written by an older Funnelscope and must be upgraded before it can be read, which needs write access: copy it to a folder you can write to</source>
        <translation>%1 został zapisany przez starszą wersję Funnelscope i przed odczytem wymaga aktualizacji, do której potrzebne jest prawo zapisu: skopiuj go do folderu z prawem zapisu</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 was written by a newer Funnelscope (schema %2); please update</source>
        <translation>%1 zapisano w nowszej wersji Funnelscope (schemat %2); zaktualizuj program</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+19"/>
        <location line="+17"/>
        <location line="+3"/>
        <source>cannot upgrade workspace %1: %2</source>
        <translation>nie można zaktualizować obszaru roboczego %1: %2</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>cannot upgrade workspace %1 to schema %2: %3</source>
        <translation>nie można zaktualizować obszaru roboczego %1 do schematu %2: %3</translation>
    </message>
    <message>
        <location filename="../../core/store/campaignrollup.cpp" line="+263"/>
        <location line="+37"/>
        <source>the sums of the campaign rows are too large to be stored exactly</source>
        <translation>sumy wierszy kampanii są zbyt duże, by zapisać je dokładnie</translation>
    </message>
    <message>
        <location filename="../../core/store/readsnapshot.cpp" line="+22"/>
        <source>the workspace is not open</source>
        <translation>obszar roboczy nie jest otwarty</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>a total is too large to be computed exactly (integer overflow)</source>
        <translation>suma jest zbyt duża, by obliczyć ją dokładnie (przepełnienie liczby całkowitej)</translation>
    </message>
    <message>
        <location filename="../../core/channels/channeltaxonomy.cpp" line="+148"/>
        <source>a channel alias needs a name</source>
        <translation>alias kanału wymaga nazwy</translation>
    </message>
    <message>
        <location filename="../../core/goals/goalstore.cpp" line="-41"/>
        <source>no review %1</source>
        <translation>brak przeglądu %1</translation>
    </message>
    <message>
        <location filename="../../core/store/postgres/pgconnection.cpp" line="+23"/>
        <source>%1 is not a PostgreSQL URL: write postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>%1 nie jest adresem URL PostgreSQL: użyj postaci postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: a password does not belong in the URL (it would be stored in shell history and settings); put it in ~/.pgpass or PGPASSWORD</source>
        <translation>%1: hasło nie powinno znajdować się w adresie URL (zostałoby zapisane w historii powłoki i w ustawieniach); umieść je w ~/.pgpass lub PGPASSWORD</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 names no database: write postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>%1 nie wskazuje bazy danych: użyj postaci postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+6"/>
        <source>cannot connect to %1: %2</source>
        <translation>nie można połączyć się z %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/store/postgres/teamlistener.cpp" line="+30"/>
        <source>cannot hear changes to %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation>nie można śledzić zmian w %1: sterownik PostgreSQL Qt (QPSQL) nie jest zainstalowany</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>cannot hear changes to %1: %2</source>
        <translation>nie można śledzić zmian w %1: %2</translation>
    </message>
</context>
<context>
    <name>funnelscope</name>
    <message>
        <location filename="../../core/kpi/customkpi.cpp" line="+876"/>
        <source>the formula does not parse</source>
        <translation>nie można przetworzyć formuły</translation>
    </message>
</context>
<context>
    <name>funnelscope::AnnotatedChart</name>
    <message>
        <location filename="../../ui/annotatedchart.cpp" line="+105"/>
        <source>Add annotation…</source>
        <translation>Dodaj adnotację…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove annotation “%1”</source>
        <translation>Usuń adnotację „%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annotations…</source>
        <translation>Adnotacje…</translation>
    </message>
</context>
<context>
    <name>funnelscope::AttributionView</name>
    <message>
        <location filename="../../ui/attributionview.cpp" line="-129"/>
        <source>First touch</source>
        <translation>Pierwszy kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last touch</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear</source>
        <translation>Liniowy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time decay (7 days)</source>
        <translation>Rozkład czasowy (7 dni)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position (40/20/40)</source>
        <translation>Według pozycji (40/20/40)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Attribution&lt;/b&gt;: who gets the credit, model by model</source>
        <translation>&lt;b&gt;Atrybucja&lt;/b&gt;: komu przypada zasługa, model po modelu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won revenue</source>
        <translation>Przychód z wygranych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit for</source>
        <translation>Atrybucja dla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit for:</source>
        <translation>Atrybucja dla:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each conversion of the period (a lead created, a customer won, a deal&apos;s revenue) is shared among its touchpoints up to that day; without touchpoints it goes to its own channel.</source>
        <translation>Każda konwersja z okresu (utworzony lead, pozyskany klient, przychód z transakcji) jest dzielona między jej punkty styku do tego dnia; jeśli nie ma punktów styku, trafia do własnego kanału.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 by channel and model</source>
        <translation>%1 według kanału i modelu</translation>
    </message>
</context>
<context>
    <name>funnelscope::CardGrid</name>
    <message>
        <location filename="../../ui/cardgrid.cpp" line="+16"/>
        <source>day</source>
        <translation>dni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>week</source>
        <translation>tygodnie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>month</source>
        <translation>miesiące</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quarter</source>
        <translation>kwartały</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Sparkline by %1. %2</source>
        <translation>Mini-wykres w podziale na %1. %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>before: %1</source>
        <translation>wcześniej: %1</translation>
    </message>
</context>
<context>
    <name>funnelscope::ChannelAliasModel</name>
    <message>
        <location filename="../../core/channels/channelaliasmodel.cpp" line="+106"/>
        <source>your alias</source>
        <translation>Twój alias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as imported</source>
        <translation>jak zaimportowano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>default taxonomy</source>
        <translation>domyślna taksonomia</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Name in the imported files</source>
        <translation>Nazwa w zaimportowanych plikach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts as channel</source>
        <translation>Liczy się jako kanał</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Źródło</translation>
    </message>
</context>
<context>
    <name>funnelscope::ChannelsDialog</name>
    <message>
        <location filename="../../ui/channelsdialog.cpp" line="+52"/>
        <source>Reset to defaults</source>
        <translation>Przywróć domyślne</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <source>Channels</source>
        <translation>Kanały</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>This workspace is open read-only: its channels are shown, not changed.</source>
        <translation>Ten obszar roboczy jest otwarty tylko do odczytu: jego kanały są wyświetlane, ale nie można ich zmienić.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each channel name of your imported files counts as the channel beside it, in every KPI, filter and report. Names of other tools for the same channel (Direct traffic, (direct) / (none), DIRECT_TRAFFIC) count as one. Change a channel here: the numbers follow without importing anything again.</source>
        <translation>Każda nazwa kanału z zaimportowanych plików liczy się jako kanał widoczny obok niej, we wszystkich KPI, filtrach i raportach. Nazwy, których inne narzędzia używają dla tego samego kanału (Direct traffic, (direct) / (none), DIRECT_TRAFFIC), liczą się jako jeden kanał. Zmień kanał tutaj: liczby zaktualizują się bez ponownego importowania.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The channels could not be saved: %1</source>
        <translation>Nie udało się zapisać kanałów: %1</translation>
    </message>
</context>
<context>
    <name>funnelscope::CohortView</name>
    <message>
        <location filename="../../ui/cohortview.cpp" line="-56"/>
        <source>&lt;b&gt;Lead cohorts&lt;/b&gt;: how soon the leads of each of the last 12 months or weeks reach a stage</source>
        <translation>&lt;b&gt;Kohorty leadów&lt;/b&gt;: jak szybko leady z każdego z ostatnich 12 miesięcy lub tygodni osiągają dany etap</translation>
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
        <translation>Szansa sprzedaży</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month of creation</source>
        <translation>Według miesiąca utworzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By week of creation</source>
        <translation>Według tygodnia utworzenia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shares of the cohort&apos;s leads. * still maturing: some of the cohort&apos;s leads have not had that many days yet.</source>
        <translation>Odsetki leadów kohorty. * kohorta jeszcze dojrzewa: od utworzenia części jej leadów nie minęło jeszcze tyle dni.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cohort</source>
        <translation>Kohorta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≤ %1 days</source>
        <translation>≤ %1 dni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median days</source>
        <translation>Mediana dni</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Still maturing: some leads of %1 have not had %2 days yet.</source>
        <translation>Kohorta jeszcze dojrzewa: od utworzenia części leadów z okresu %1 nie minęło jeszcze %2 dni.</translation>
    </message>
</context>
<context>
    <name>funnelscope::CustomFormula</name>
    <message>
        <location filename="../../core/kpi/customkpi.cpp" line="-455"/>
        <source>%1 is unknown for this period</source>
        <translation>wartość %1 jest nieznana dla tego okresu</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is 0 (division by zero)</source>
        <translation>%1 wynosi 0 (dzielenie przez zero)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the result is too large to show</source>
        <translation>wynik jest zbyt duży, by go wyświetlić</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>the formula does not parse</source>
        <translation>nie można przetworzyć formuły</translation>
    </message>
</context>
<context>
    <name>funnelscope::CustomKpi</name>
    <message>
        <location line="+199"/>
        <source>a custom KPI needs a name</source>
        <translation>własny KPI wymaga nazwy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name is longer than 80 characters</source>
        <translation>nazwa jest dłuższa niż 80 znaków</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the name &apos;%1&apos; has no letter or digit to make an id of</source>
        <translation>nazwa &apos;%1&apos; nie zawiera żadnej litery ani cyfry, z których można utworzyć identyfikator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is the id of the catalog KPI &apos;%2&apos;: choose another name</source>
        <translation>&apos;%1&apos; to identyfikator KPI z katalogu &apos;%2&apos;: wybierz inną nazwę</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is a name formulas use: choose another name</source>
        <translation>&apos;%1&apos; to nazwa używana w formułach: wybierz inną nazwę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>formula: %1</source>
        <translation>formuła: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the formula gives an amount of money (%1): use the money format</source>
        <translation>formuła daje kwotę pieniężną (%1): użyj formatu money</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the formula is not an amount of money (%1): use count, percent, ratio or number</source>
        <translation>formuła nie daje kwoty pieniężnej (%1): użyj formatu count, percent, ratio lub number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at most 6 decimals</source>
        <translation>najwyżej 6 miejsc po przecinku</translation>
    </message>
</context>
<context>
    <name>funnelscope::CustomKpiStore</name>
    <message>
        <location line="+44"/>
        <location line="+27"/>
        <source>the workspace is open read-only: custom KPIs cannot be changed</source>
        <translation>obszar roboczy jest otwarty tylko do odczytu: nie można zmieniać własnych KPI</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>a custom KPI with the id &apos;%1&apos; exists already (&apos;%2&apos;): choose another name</source>
        <translation>własny KPI o identyfikatorze &apos;%1&apos; już istnieje (&apos;%2&apos;): wybierz inną nazwę</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the custom KPI could not be saved: %1</source>
        <translation>nie udało się zapisać własnego KPI: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no custom KPI has the id &apos;%1&apos; (funnelscope-cli kpi list shows them)</source>
        <translation>żaden własny KPI nie ma identyfikatora &apos;%1&apos; (wyświetla je funnelscope-cli kpi list)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the goal &apos;%1&apos; measures &apos;%2&apos;: remove or change the goal first</source>
        <translation>cel &apos;%1&apos; mierzy &apos;%2&apos;: najpierw usuń lub zmień ten cel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the custom KPI could not be removed: %1</source>
        <translation>nie udało się usunąć własnego KPI: %1</translation>
    </message>
</context>
<context>
    <name>funnelscope::CustomKpisDialog</name>
    <message>
        <location filename="../../ui/customkpisdialog.cpp" line="+25"/>
        <source>&amp;New</source>
        <translation>&amp;Nowy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+71"/>
        <location line="+120"/>
        <source>Custom KPIs</source>
        <translation>Własne KPI</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>e.g. revenue / leads or (mqls - sqls) / mqls</source>
        <translation>np. revenue / leads lub (mqls - sqls) / mqls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI ids (leads, revenue, media_cost, mqls, …), numbers, + - * / and parentheses. Also clicks, expenses, lost_deals; revenue_won, cost and spend.</source>
        <translation>Identyfikatory KPI (leads, revenue, media_cost, mqls, …), liczby, + - * / i nawiasy. Dostępne są też clicks, expenses, lost_deals; revenue_won, cost i spend.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Higher is better</source>
        <translation>Wyższa wartość jest lepsza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower is better</source>
        <translation>Niższa wartość jest lepsza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither (neutral)</source>
        <translation>Żadna (neutralny)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Licznik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent</source>
        <translation>Procent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratio (x : 1)</source>
        <translation>Stosunek (x : 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic</source>
        <translation>Automatycznie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>N&amp;azwa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Formula:</source>
        <translation>&amp;Formuła:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Better:</source>
        <translation>&amp;Lepsza wartość:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decimals:</source>
        <translation>&amp;Miejsca po przecinku:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Shown in:</source>
        <translation>&amp;Pokazywany w grupie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This period:</source>
        <translation>Ten okres:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The workspace is open read-only.</source>
        <translation>Obszar roboczy jest otwarty tylko do odczytu.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Type a formula to see its value for this period.</source>
        <translation>Wpisz formułę, aby zobaczyć jej wartość w tym okresie.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No period is shown yet.</source>
        <translation>Nie wybrano jeszcze okresu.</translation>
    </message>
</context>
<context>
    <name>funnelscope::DataPage</name>
    <message>
        <location filename="../../ui/datapage.cpp" line="+17"/>
        <source>&amp;Delete import…</source>
        <translation>&amp;Usuń import…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Re-import</source>
        <translation>Zaimportuj po&amp;nownie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Importuj pliki…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imports</source>
        <translation>Importy</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No files imported yet. Choose Import files… or drop CSV exports anywhere on this window.</source>
        <translation>Nie zaimportowano jeszcze żadnych plików. Wybierz Importuj pliki… lub upuść eksporty CSV w dowolnym miejscu tego okna.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete import</source>
        <translation>Usuń import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the import of %1 (%2 rows, source %3) and the rows it brought?

You can undo this with Edit → Undo until you close the window.</source>
        <translation>Usunąć import pliku %1 (wiersze: %2, źródło: %3) wraz z wierszami, które wprowadził?

Można to cofnąć poleceniem Edycja → Cofnij do czasu zamknięcia okna.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This import rejected no rows.</source>
        <translation>W tym imporcie nie odrzucono żadnych wierszy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected rows of this import (%1): line, column and reason</source>
        <translation>Odrzucone wiersze tego importu (%1): wiersz, kolumna i przyczyna</translation>
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
        <translation>; kanały: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; campaigns: %1</source>
        <translation>; kampanie: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the rows…</source>
        <translation>Odczytywanie wierszy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows behind %1</source>
        <translation>Wiersze stojące za: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter rows (any column)</source>
        <translation>Filtruj wiersze (dowolna kolumna)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>rows-%1-%2-%3.csv</source>
        <translation>wiersze-%1-%2-%3.csv</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Export rows</source>
        <translation>Eksportuj wiersze</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The rows cannot be read: %1</source>
        <translation>Nie można odczytać wierszy: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 row</source>
        <translation>1 wiersz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 rows</source>
        <translation>Wiersze: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 file</source>
        <translation>1 pliku</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 files</source>
        <translation>%1 plików</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stored rows behind this number</source>
        <translation>Brak zapisanych wierszy stojących za tą liczbą</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 from %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; the first %1 are shown (funnelscope-cli rows lists them all)</source>
        <translation>; pokazano pierwsze %1 (funnelscope-cli rows wyświetla wszystkie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; %1 match the filter</source>
        <translation>; pasujące do filtra: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; line not recorded: imported before this version</source>
        <translation>; numer wiersza pliku nie został zapisany: zaimportowano przed tą wersją</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; %1 without a line: imported before this version</source>
        <translation>; bez numeru wiersza pliku: %1 (zaimportowane przed tą wersją)</translation>
    </message>
</context>
<context>
    <name>funnelscope::FilterBar</name>
    <message>
        <location filename="../../ui/filterbar.cpp" line="+16"/>
        <source>Channels</source>
        <translation>Kanały</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Kampanie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs previous period</source>
        <translation>vs poprzedni okres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs same period last year</source>
        <translation>vs ten sam okres rok temu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no comparison</source>
        <translation>bez porównania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>Porównanie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Period</source>
        <translation>&amp;Okres</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>up to %1, the latest data</source>
        <translation>do %1, ostatniego dnia z danymi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>up to today</source>
        <translation>do dzisiaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counted from %1, the latest data</source>
        <translation>liczony od %1, ostatniego dnia z danymi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>counted from today</source>
        <translation>liczony od dzisiaj</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>vs previous</source>
        <translation>vs poprzedni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vs last year</source>
        <translation>vs rok temu</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Updating…</source>
        <translation>Aktualizowanie…</translation>
    </message>
</context>
<context>
    <name>funnelscope::FunnelWidget</name>
    <message>
        <location filename="../../ui/funnelwidget.cpp" line="+27"/>
        <source>Funnel</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each bar&apos;s width is on a logarithmic scale. Conversion is the next step ÷ this step; drop-off is what is lost between them.</source>
        <translation>Szerokość słupków jest w skali logarytmicznej. Konwersja to następny krok ÷ ten krok; ubytek to liczba utracona między nimi.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Step conversion</source>
        <translation>Konwersja kroku</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>↓ %1 (drop-off %2)</source>
        <translation>↓ %1 (ubytek %2)</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+56"/>
        <source>↑ ×%1 (visits without a click)</source>
        <translation>↑ ×%1 (wizyty bez kliknięcia)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>was %1</source>
        <translation>wcześniej %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1%2 pp)</source>
        <comment>percentage points</comment>
        <translation> (%1%2 pp)</translation>
    </message>
</context>
<context>
    <name>funnelscope::GoalListModel</name>
    <message>
        <location filename="../../core/goals/goallistmodel.cpp" line="+64"/>
        <source>Serves: %1</source>
        <translation>Służy celowi: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Goal</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>Obecnie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Docelowo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Termin</translation>
    </message>
</context>
<context>
    <name>funnelscope::GoalsPage</name>
    <message>
        <location filename="../../ui/goalspage.cpp" line="+79"/>
        <source>Channels</source>
        <translation>Kanały</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaigns</source>
        <translation>Kampanie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New goal</source>
        <translation>Nowy ce&amp;l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete goal…</source>
        <translation>Usuń cel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;review</source>
        <translation>Nowy p&amp;rzegląd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A SMART review of the period chosen in the filter bar, saved with its numbers</source>
        <translation>Przegląd SMART okresu wybranego na pasku filtrów, zapisany wraz z liczbami</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+463"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location line="-462"/>
        <source>Export &amp;PDF…</source>
        <translation>Eksportuj PD&amp;F…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviews</source>
        <translation>Przeglądy</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Weekly</source>
        <translation>Co tydzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Co miesiąc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly</source>
        <translation>Co kwartał</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>computed from the baseline period</source>
        <translation>obliczana na podstawie okresu bazowego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1200, 80, 30%</source>
        <translation>np. 1200, 80, 30%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business objective this goal serves, e.g. pipeline for the 2027 plan</source>
        <translation>Cel biznesowy, któremu służy ten cel, np. pipeline do planu na 2027 rok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;KPI:</source>
        <translation>&amp;KPI:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope:</source>
        <translation>Zakres:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Baseline period:</source>
        <translation>Okres bazowy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Baseline:</source>
        <translation>Wartość &amp;bazowa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target:</source>
        <translation>Wartość &amp;docelowa:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start – deadline:</source>
        <translation>Początek – termin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>Wł&amp;aściciel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ob&amp;jective:</source>
        <translation>Cel b&amp;iznesowy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save goal</source>
        <translation>&amp;Zapisz cel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goal</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMART check</source>
        <translation>Weryfikacja SMART</translation>
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
        <translation>Eksportuj przegląd</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Writing %1…</source>
        <translation>Zapisywanie %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The review is saved as %1</source>
        <translation>Przegląd zapisano jako %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show folder</source>
        <translation>Pokaż folder</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot save the choices with the review: %1</source>
        <translation>Nie można zapisać ustawień razem z przeglądem: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>%1
Actual: %2
Planned pace: %3</source>
        <translation>%1
Wykonanie: %2
Planowane tempo: %3</translation>
    </message>
    <message>
        <location line="-513"/>
        <source>Measured as of %1; a level goal&apos;s “Now” is its latest whole period.</source>
        <translation>Pomiar na dzień %1; w celach dotyczących poziomu wskaźnika „Obecnie” oznacza ostatni pełny okres.</translation>
    </message>
    <message>
        <location line="+115"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>Save goal</source>
        <translation>Zapisz cel</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Give the goal a name first.</source>
        <translation>Najpierw nadaj celowi nazwę.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set a numeric target, e.g. 1200 or 30%.</source>
        <translation>Ustaw liczbową wartość docelową, np. 1200 lub 30%.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete goal</source>
        <translation>Usuń cel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the goal “%1”?</source>
        <translation>Usunąć cel „%1”?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New review</source>
        <translation>Nowy przegląd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title of the review:</source>
        <translation>Tytuł przeglądu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing review %1 – %2</source>
        <translation>Przegląd marketingowy %1 – %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+7"/>
        <location line="+57"/>
        <source>This review no longer exists.</source>
        <translation>Ten przegląd już nie istnieje.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Record a decision…</source>
        <translation>Zapisz decyzję…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Eksportuj PDF…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+55"/>
        <source>Record a decision</source>
        <translation>Zapisz decyzję</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>e.g. Move 10% of the Display budget to Paid Search</source>
        <translation>np. Przesuń 10% budżetu z Display do Paid Search</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing in particular</source>
        <translation>niczego konkretnego</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the goal %1</source>
        <translation>celu %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the recommendation: %1</source>
        <translation>zalecenia: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decision:</source>
        <translation>Decyzja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner:</source>
        <translation>Właściciel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due:</source>
        <translation>Termin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers:</source>
        <translation>Dotyczy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Select a saved goal to see its pace</source>
        <translation>Wybierz zapisany cel, aby zobaczyć jego tempo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pace of “%1”: actual against the straight line to the target</source>
        <translation>Tempo celu „%1”: wykonanie względem liniowej ścieżki do wartości docelowej</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual</source>
        <translation>Wykonanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned pace</source>
        <translation>Planowane tempo</translation>
    </message>
</context>
<context>
    <name>funnelscope::GroupPage</name>
    <message>
        <location filename="../../ui/grouppage.cpp" line="+57"/>
        <source>Automatic</source>
        <translation>Automatycznie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By day</source>
        <translation>Dziennie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By week</source>
        <translation>Tygodniowo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month</source>
        <translation>Miesięcznie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By quarter</source>
        <translation>Kwartalnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time granularity</source>
        <translation>Szczegółowość czasowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI in the charts</source>
        <translation>KPI na wykresach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hart:</source>
        <translation>W&amp;ykres:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the &amp;comparison period</source>
        <translation>Pokaż okres &amp;porównawczy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draws the comparison period&apos;s values as a dotted line, bucket by bucket</source>
        <translation>Rysuje wartości okresu porównawczego linią kropkowaną, przedział po przedziale</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>By channel</source>
        <translation>Według kanału</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By campaign</source>
        <translation>Według kampanii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table rows</source>
        <translation>Wiersze tabeli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter rows…</source>
        <translation>Filtruj wiersze…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>Eksportuj CS&amp;V…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <source>Export table</source>
        <translation>Eksportuj tabelę</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Funnelscope: %1 by %2</source>
        <translation>Funnelscope: %1 według %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaign</source>
        <translation>kampanii</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>channel</source>
        <translation>kanału</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Period: %1 to %2</source>
        <translation>Okres: od %1 do %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compared with: %1 to %2</source>
        <translation>Porównanie z okresem: od %1 do %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channels: %1</source>
        <translation>Kanały: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>all</source>
        <translation>wszystkie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaigns: %1</source>
        <translation>Kampanie: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows containing: %1</source>
        <translation>Wiersze zawierające: %1</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>%1 by channel</source>
        <translation>%1 według kanału</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
</context>
<context>
    <name>funnelscope::GuideDialog</name>
    <message>
        <location filename="../../ui/guidedialog.cpp" line="+26"/>
        <source>Funnelscope user guide</source>
        <translation>Przewodnik użytkownika Funnelscope</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Search the guide</source>
        <translation>Szukaj w przewodniku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contents</source>
        <translation>Spis treści</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guide page</source>
        <translation>Strona przewodnika</translation>
    </message>
</context>
<context>
    <name>funnelscope::ImportDialog</name>
    <message>
        <location filename="../../ui/importdialog.cpp" line="+45"/>
        <source>imported</source>
        <translation>zaimportowano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>anulowano</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused</source>
        <translation>odrzucono</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Skip this file</source>
        <translation>&amp;Pomiń ten plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;all</source>
        <translation>Importuj &amp;wszystkie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import files</source>
        <translation>Importuj pliki</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Detect from the header</source>
        <translation>Wykryj z nagłówka</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+299"/>
        <source>Funnelscope&apos;s column names</source>
        <translation>Nazwy kolumn Funnelscope</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>%1 export</source>
        <translation>Eksport z %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tool the file was exported from: its column names, totals and footer lines.</source>
        <translation>Narzędzie, z którego wyeksportowano plik: jego nazwy kolumn, sumy i wiersze stopki.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect</source>
        <translation>Wykryj</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detect from the data</source>
        <translation>Wykryj z danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first (31/12/2025)</source>
        <translation>Najpierw dzień (31/12/2025)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first (12/31/2025)</source>
        <translation>Najpierw miesiąc (12/31/2025)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+292"/>
        <source>Detect from the numbers</source>
        <translation>Wykryj z liczb</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Comma (1 234,50)</source>
        <translation>Przecinek (1 234,50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point (1,234.50)</source>
        <translation>Kropka (1,234.50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The decimal separator of the file&apos;s numbers. It is decided once for the whole file from all its cells; choose it when they cannot tell (1.234 could be 1234 or 1,234).</source>
        <translation>Separator dziesiętny liczb w pliku. Jest ustalany raz dla całego pliku na podstawie wszystkich jego komórek; wybierz go, gdy same liczby tego nie rozstrzygają (1.234 może oznaczać 1234 albo 1,234).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the tool&apos;s name, or manual</source>
        <translation>nazwa narzędzia lub manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows of one source replace that source&apos;s earlier rows for the same day, channel and campaign. Give two accounts of one tool two source names.</source>
        <translation>Wiersze z danego źródła zastępują wcześniejsze wiersze tego źródła dla tego samego dnia, kanału i kampanii. Dwóm kontom jednego narzędzia nadaj dwie różne nazwy źródła.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File:</source>
        <translation>Plik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exported from:</source>
        <translation>&amp;Eksportowano z:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delimiter:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header:</source>
        <translation>Nagłówek:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date order:</source>
        <translation>Kolejność &amp;dat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deci&amp;mal separator:</source>
        <translation>Separator &amp;dziesiętny:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ource:</source>
        <translation>Źródł&amp;o:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the file, or the tool&apos;s</source>
        <translation>z pliku lub z narzędzia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The channel of every row, for a file without a channel column (or to override the tool&apos;s).</source>
        <translation>Kanał każdego wiersza, dla pliku bez kolumny kanału (lub zamiast kanału narzędzia).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanał:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from the file, or the workspace&apos;s</source>
        <translation>z pliku lub z obszaru roboczego</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The currency of amounts the file does not name (a Currency code column, a symbol such as zł or €, or a header such as Amount spent (INR) name it); &quot;$&quot; alone needs the account&apos;s currency.</source>
        <translation>Waluta kwot, dla których plik jej nie podaje (podaje ją kolumna Currency code, symbol taki jak zł lub € albo nagłówek taki jak Amount spent (INR)); sam symbol „$” wymaga podania waluty konta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;urrency:</source>
        <translation>Wal&amp;uta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period of the file:</source>
        <translation>&amp;Okres pliku:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a report without dates whose period the file does not give (Search Console&apos;s Countries.csv and Devices.csv): its totals are spread evenly over these days</source>
        <translation>Dla raportu bez dat, którego okresu plik nie podaje (Countries.csv i Devices.csv z Search Console): jego sumy są rozkładane równo na te dni</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column in the file</source>
        <translation>Kolumna w pliku</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored as</source>
        <translation>Zapisywana jako</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deal stages</source>
        <translation>Etapy transakcji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage in the file</source>
        <translation>Etap w pliku</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counts as</source>
        <translation>Liczy się jako</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How each stage of your pipeline counts for won deals, revenue and the open pipeline. Your choices are remembered for later imports into this workspace.</source>
        <translation>Jak każdy etap Twojego lejka liczy się do wygranych transakcji, przychodu i otwartego lejka. Twoje wybory są zapamiętywane dla kolejnych importów do tego obszaru roboczego.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column mapping</source>
        <translation>Mapowanie kolumn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember this mapping: files with the same columns will be read this way.</source>
        <translation>Zapamiętaj to mapowanie: pliki z tymi samymi kolumnami będą odczytywane w ten sam sposób.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first rows, as they will be stored</source>
        <translation>Pierwsze wiersze w postaci, w jakiej zostaną zapisane</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import this file and every one after it as detected; one summary at the end.</source>
        <translation>Importuj ten plik i wszystkie następne zgodnie z wykrytymi ustawieniami; jedno podsumowanie na końcu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+3"/>
        <location line="+11"/>
        <source>Save as preset</source>
        <translation>Zapisz jako szablon</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Map the file&apos;s columns first.</source>
        <translation>Najpierw zmapuj kolumny pliku.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of the tool or export (e.g. &quot;Agency weekly report&quot;):</source>
        <translation>Nazwa narzędzia lub eksportu (np. „Tygodniowy raport agencji”):</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 z %3)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>from the file (no other known: choose one)</source>
        <translation>z pliku (innej nie znamy: wybierz)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the file, or %1 (last used for %2)</source>
        <translation>z pliku lub %1 (ostatnio użyta dla %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the file, or %1 (the workspace&apos;s)</source>
        <translation>z pliku lub %1 (waluta obszaru roboczego)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>comma</source>
        <translation>przecinek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>semicolon</source>
        <translation>średnik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vertical bar</source>
        <translation>kreska pionowa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not found</source>
        <translation>nie znaleziono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1</source>
        <translation>wiersz %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>line %1 (%n title line(s) above skipped)</source>
        <translation>
            <numerusform>wiersz %1 (pominięto %n wiersz tytułu powyżej)</numerusform>
            <numerusform>wiersz %1 (pominięto %n wiersze tytułu powyżej)</numerusform>
            <numerusform>wiersz %1 (pominięto %n wierszy tytułu powyżej)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detect from the header (%1)</source>
        <translation>Wykryj z nagłówka (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detect from the header (%1, %2% of its columns known)</source>
        <translation>Wykryj z nagłówka (%1, znane kolumny: %2%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detect (%1)</source>
        <translation>Wykryj (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detect from the numbers (comma)</source>
        <translation>Wykryj z liczb (przecinek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect from the numbers (point)</source>
        <translation>Wykryj z liczb (kropka)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>won</source>
        <translation>wygrana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost</source>
        <translation>przegrana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>otwarta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No rule knows this stage: it counts as open unless you choose otherwise.</source>
        <translation>Żadna reguła nie zna tego etapu: liczy się jako otwarty, chyba że wybierzesz inaczej.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counts as, for %1</source>
        <translation>Liczy się jako, dla %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 = %2 × %3</source>
        <translation>%1 = %2 × %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(ignore)</source>
        <translation>(ignoruj)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stored as, for %1</source>
        <translation>Zapisywana jako – kolumna %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No currency is known for amounts the file does not name: they would be stored without one and never converted. Choose the account&apos;s currency above.</source>
        <translation>Nie znamy waluty kwot, których plik nie opisuje: zostałyby zapisane bez waluty i nigdy nie przeliczone. Wybierz powyżej walutę konta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+50"/>
        <source>This file cannot be imported: %1</source>
        <translation>Nie można zaimportować tego pliku: %1</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Choose the date order: the slash dates could be day or month first.</source>
        <translation>Wybierz kolejność dat: daty z ukośnikami mogą zaczynać się od dnia albo od miesiąca.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the decimal separator: the file&apos;s numbers do not tell it.</source>
        <translation>Wybierz separator dziesiętny: liczby w pliku go nie rozstrzygają.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every row gets %1 &apos;%2&apos;, as you chose.</source>
        <translation>Każdy wiersz otrzymuje %1 „%2”, zgodnie z Twoim wyborem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row gets %1 &apos;%2&apos; (from the %3 preset).</source>
        <translation>Każdy wiersz otrzymuje w kolumnie %1 wartość &apos;%2&apos; (z szablonu %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ignored columns: %1</source>
        <translation>Zignorowane kolumny: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>rejected: %1 (column %2)</source>
        <translation>odrzucony: %1 (kolumna %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n of the first rows will be rejected; the rest of the file imports.</source>
        <translation>
            <numerusform>%n z pierwszych wierszy zostanie odrzucony; reszta pliku zostanie zaimportowana.</numerusform>
            <numerusform>%n z pierwszych wierszy zostaną odrzucone; reszta pliku zostanie zaimportowana.</numerusform>
            <numerusform>%n z pierwszych wierszy zostanie odrzuconych; reszta pliku zostanie zaimportowana.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Source &apos;%1&apos; already has rows from %2: rows for the same day, channel and campaign will be replaced. Use another source name to keep both.</source>
        <translation>Źródło &apos;%1&apos; ma już wiersze z %2: wiersze dla tego samego dnia, kanału i kampanii zostaną zastąpione. Aby zachować oba zestawy, użyj innej nazwy źródła.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing %1…</source>
        <translation>Importowanie %1…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&lt;p&gt;%1 rows imported as %2 (source %3), %4 rejected, %5 stored rows replaced.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zaimportowane wiersze: %1, typ: %2 (źródło: %3), odrzucone: %4, zastąpione zapisane wiersze: %5.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Stages counted as open: %1. Choose won or lost for them in the import&apos;s stage table to change it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Etapy liczone jako otwarte: %1. Aby to zmienić, wybierz dla nich wygraną lub przegraną w tabeli etapów importu.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;These bytes were imported before: nothing changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ta sama zawartość została już wcześniej zaimportowana: nic się nie zmieniło.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Cancelled: nothing was imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Anulowano: niczego nie zaimportowano.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+157"/>
        <source>line %1: </source>
        <translation>wiersz %1: </translation>
    </message>
    <message>
        <location line="-606"/>
        <source>E&amp;ncoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Save as p&amp;reset…</source>
        <translation>Zapisz jako &amp;szablon…</translation>
    </message>
    <message>
        <location line="+546"/>
        <source>column %1: </source>
        <translation>kolumna %1: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;Nothing was imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Niczego nie zaimportowano.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>funnelscope::ImportListModel</name>
    <message>
        <location filename="../../core/importing/importlistmodel.cpp" line="+74"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>Zaimportowano</translation>
    </message>
</context>
<context>
    <name>funnelscope::KpiCard</name>
    <message>
        <location filename="../../ui/kpicard.cpp" line="+38"/>
        <source>Your own KPI: %1.</source>
        <translation>Własny KPI: %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show rows</source>
        <translation>Pokaż wiersze</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Not judged as better or worse: %1. Before: %2</source>
        <translation>Bez oceny, czy jest lepiej, czy gorzej: %1. Wcześniej: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data to compare</source>
        <translation>brak danych do porównania</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Before: %1</source>
        <translation>Wcześniej: %1</translation>
    </message>
</context>
<context>
    <name>funnelscope::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+84"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nowy obszar roboczy…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>New workspace</source>
        <translation>Nowy obszar roboczy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Otwórz obszar roboczy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+389"/>
        <location line="+16"/>
        <source>Open workspace</source>
        <translation>Otwórz obszar roboczy</translation>
    </message>
    <message>
        <location line="-398"/>
        <source>Open &amp;team workspace…</source>
        <translation>Otwórz obszar &amp;zespołu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;recent</source>
        <translation>Ostatnio otwie&amp;rane</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workspace &amp;settings…</source>
        <translation>&amp;Ustawienia obszaru roboczego…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channels…</source>
        <translation>&amp;Kanały…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Importuj pliki…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom &amp;KPIs…</source>
        <translation>Własne &amp;KPI…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>System language (%1)</source>
        <translation>Język systemu (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>V&amp;iews</source>
        <translation>Wi&amp;doki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User guide</source>
        <translation>&amp;Przewodnik użytkownika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;KPI glossary</source>
        <translation>&amp;Słownik KPI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Funnelscope</source>
        <translation>&amp;O programie Funnelscope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Funnelscope</source>
        <translation>O programie Funnelscope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Funnelscope %1&lt;/h3&gt;&lt;p&gt;Marketing KPIs along the B2B funnel, from your own CSV exports, computed offline in one workspace file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Funnelscope %1&lt;/h3&gt;&lt;p&gt;Wskaźniki KPI marketingu wzdłuż lejka B2B, obliczane offline na podstawie własnych eksportów CSV, w jednym pliku obszaru roboczego.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is demo data — import your own files.</source>
        <translation>To są dane demonstracyjne — zaimportuj własne pliki.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import files…</source>
        <translation>Importuj pliki…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New workspace…</source>
        <translation>Nowy obszar roboczy…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This workspace has no data yet. Import your CSV exports with File → Import files… (Ctrl+I), or drop them anywhere on this window.</source>
        <translation>Ten obszar roboczy nie zawiera jeszcze danych. Zaimportuj eksporty CSV poleceniem Plik → Importuj pliki… (Ctrl+I) lub upuść je w dowolnym miejscu tego okna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened read-only: every view and report works, but importing, deleting imports, saving goals and reviews, and settings are off.</source>
        <translation>Otwarto tylko do odczytu: wszystkie widoki i raporty działają, ale import, usuwanie importów, zapisywanie celów i przeglądów oraz ustawienia są wyłączone.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overview</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Funnel</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The currency every amount is converted into, at each day&apos;s exchange rate</source>
        <translation>Waluta, na którą przeliczane są wszystkie kwoty, po kursie wymiany z danego dnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace currency</source>
        <translation>Waluta obszaru roboczego</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+13"/>
        <location line="+13"/>
        <location line="+11"/>
        <location line="+14"/>
        <source>Open team workspace</source>
        <translation>Otwórz obszar roboczy zespołu</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The team database, as postgresql://USER@HOST:PORT/DATABASE.
The password comes from ~/.pgpass or PGPASSWORD, never from here or the settings.</source>
        <translation>Baza danych zespołu, jako postgresql://UŻYTKOWNIK@HOST:PORT/BAZA.
Hasło pochodzi z ~/.pgpass lub PGPASSWORD, nigdy stąd ani z ustawień.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading the team workspace %1…</source>
        <translation>Wczytywanie obszaru roboczego zespołu %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>This Funnelscope was built without PostgreSQL, so it cannot open %1.</source>
        <translation>Ten Funnelscope zbudowano bez PostgreSQL, więc nie może otworzyć %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Team workspace %1, refreshed at %2 with a change another member published.</source>
        <translation>Obszar roboczy zespołu %1, odświeżony o %2 zmianą opublikowaną przez innego członka.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team workspace %1, as of %2: every view and report works, and refreshes when a member changes it.</source>
        <translation>Obszar roboczy zespołu %1, stan na %2: działają wszystkie widoki i raporty, a odświeżają się, gdy ktoś z zespołu go zmieni.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your role may read it, not change it.</source>
        <translation>Twoja rola pozwala go czytać, ale nie zmieniać.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (team workspace, read-only) — Funnelscope</source>
        <translation>%1 (obszar roboczy zespołu, tylko do odczytu) — Funnelscope</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Team workspace</source>
        <translation>Obszar roboczy zespołu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your PostgreSQL role may read this team workspace, not change it: ask its admin for the editor role.</source>
        <translation>Twoja rola PostgreSQL pozwala czytać ten obszar roboczy zespołu, ale nie zmieniać go: poproś jego administratora o rolę edytora.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparing the import into %1…</source>
        <translation>Przygotowywanie importu do %1…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Open read-only</source>
        <translation>Otwórz tylko do odczytu</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 — Funnelscope</source>
        <translation>%1 — Funnelscope</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (read-only) — Funnelscope</source>
        <translation>%1 (tylko do odczytu) — Funnelscope</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Goals &amp;&amp; reviews</source>
        <translation>Cele &amp;&amp; przeglądy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data</source>
        <translation>Dane</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+7"/>
        <source>Save view</source>
        <translation>Zapisz widok</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name of the view (its period rule, comparison, channels, campaigns and tab; a name in use is replaced):</source>
        <translation>Nazwa widoku (reguła okresu, porównanie, kanały, kampanie i karta; istniejąca nazwa zostanie zastąpiona):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The view was not saved: %1</source>
        <translation>Nie zapisano widoku: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save current view…</source>
        <translation>&amp;Zapisz bieżący widok…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete view</source>
        <translation>&amp;Usuń widok</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No saved views yet</source>
        <translation>Brak zapisanych widoków</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open recent</source>
        <translation>Ostatnio otwierane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is no longer there.</source>
        <translation>Pliku %1 już nie ma.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This workspace could not be read, so its numbers are not shown: %1. Open a backup copy of it (File → Open), or the copy Funnelscope kept before an upgrade (its name ends in .bak).</source>
        <translation>Nie udało się odczytać tego obszaru roboczego, więc jego liczby nie są pokazywane: %1. Otwórz jego kopię zapasową (Plik → Otwórz) albo kopię, którą Funnelscope zachował przed aktualizacją (jej nazwa kończy się na .bak).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Includes totals spread evenly over %1: reports without a day breakdown, so their days hold equal shares.</source>
        <translation>Obejmuje sumy rozłożone równo na %1: raporty bez podziału na dni, więc ich dni mają równe udziały.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+30"/>
        <source>Add annotation</source>
        <translation>Dodaj adnotację</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>e.g. Campaign launch, tracking broken, price change</source>
        <translation>np. start kampanii, awaria śledzenia, zmiana cen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all channels</source>
        <translation>wszystkie kanały</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Notatka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel:</source>
        <translation>Kanał:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Annotations</source>
        <translation>Adnotacje</translation>
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
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Workspace settings</source>
        <translation>Ustawienia obszaru roboczego</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No logo</source>
        <translation>Brak logo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PNG, JPEG or SVG up to %1 KB, kept inside the workspace file.</source>
        <translation>PNG, JPEG lub SVG do %1 KB, przechowywany w pliku obszaru roboczego.</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>the Board</source>
        <translation>Zarząd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pipeline is ahead of plan, mostly thanks to LinkedIn.

We still need to fix the tracking on the landing page before the October campaign.</source>
        <translation>Pipeline wyprzedza plan, głównie dzięki LinkedIn.

Przed październikową kampanią musimy jeszcze naprawić śledzenie na stronie docelowej.</translation>
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
        <translation>%1 już istnieje.</translation>
    </message>
    <message>
        <location line="+334"/>
        <source>Imports from this window are published to the team; goals, reviews and settings are changed with funnelscope-cli --db %1 for now.</source>
        <translation>Importy z tego okna są publikowane dla zespołu; cele, przeglądy i ustawienia zmienia się na razie poleceniem funnelscope-cli --db %1.</translation>
    </message>
    <message>
        <location line="+468"/>
        <source>Company name (for reports):</source>
        <translation>Nazwa firmy (do raportów):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo (for reports):</source>
        <translation>Logo (do raportów):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency:</source>
        <translation>Waluta:</translation>
    </message>
    <message>
        <location line="-443"/>
        <location line="+487"/>
        <source>Import files</source>
        <translation>Importuj pliki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV and text exports (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Eksporty CSV i tekstowe (*.csv *.txt *.tsv);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>funnelscope::MultiSelectButton</name>
    <message>
        <location filename="../../ui/multiselectbutton.cpp" line="+21"/>
        <source>Search %1…</source>
        <translation>Szukaj: %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show all</source>
        <translation>Pokaż wszystkie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No filter: every name counts</source>
        <translation>Bez filtra: uwzględniane są wszystkie nazwy</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1: all</source>
        <translation>%1: wszystkie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 z %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All %1</source>
        <translation>Wszystkie %1</translation>
    </message>
</context>
<context>
    <name>funnelscope::OverviewPage</name>
    <message>
        <location filename="../../ui/overviewpage.cpp" line="+70"/>
        <source>KPI by channel</source>
        <translation>KPI według kanału</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the &amp;comparison period</source>
        <translation>Pokaż okres &amp;porównawczy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draws the comparison period&apos;s values as a dotted line, bucket by bucket</source>
        <translation>Rysuje wartości okresu porównawczego linią kropkowaną, przedział po przedziale</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>By &amp;channel:</source>
        <translation>Według &amp;kanału:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Media spend and leads</source>
        <translation>Wydatki mediowe i leady</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 by channel</source>
        <translation>%1 według kanału</translation>
    </message>
</context>
<context>
    <name>funnelscope::Parser</name>
    <message>
        <location filename="../../core/kpi/customkpi.cpp" line="-765"/>
        <source>the formula is empty: write KPI ids and numbers, such as revenue / leads</source>
        <translation>formuła jest pusta: wpisz identyfikatory KPI i liczby, np. revenue / leads</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;)&apos; at character %1 closes no &apos;(&apos;</source>
        <translation>&apos;)&apos; na pozycji %1 nie zamyka żadnego &apos;(&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected &apos;%1&apos; at character %2: an operator (+ - * /) is missing before it</source>
        <translation>nieoczekiwany element &apos;%1&apos; na pozycji %2: brakuje przed nim operatora (+ - * /)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the formula multiplies money by money, which has no unit: divide one amount by the other or by a count</source>
        <translation>formuła mnoży kwotę przez kwotę, co nie ma jednostki: podziel jedną kwotę przez drugą lub przez liczbę</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&apos;%1&apos; at character %2 mixes money with a value that is not money: add or subtract amounts with amounts, counts with counts</source>
        <translation>&apos;%1&apos; na pozycji %2 łączy kwotę z wartością, która nie jest kwotą: dodawaj i odejmuj kwoty od kwot, a liczby od liczb</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>the formula ends too early: a number, a name or &apos;(&apos; is missing at character %1</source>
        <translation>formuła kończy się za wcześnie: na pozycji %1 brakuje liczby, nazwy lub &apos;(&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the &apos;(&apos; at character %1 is not closed: &apos;)&apos; is missing</source>
        <translation>&apos;(&apos; na pozycji %1 nie jest zamknięty: brakuje &apos;)&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; at character %2 is not a number (write decimals with a point: 0.5)</source>
        <translation>&apos;%1&apos; na pozycji %2 nie jest liczbą (części dziesiętne zapisuj z kropką: 0.5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a number at character %1 runs into a name: put an operator between them</source>
        <translation>liczba na pozycji %1 łączy się bezpośrednio z nazwą: wstaw między nie operator</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a number, a name or &apos;(&apos; is missing before the &apos;)&apos; at character %1</source>
        <translation>przed &apos;)&apos; na pozycji %1 brakuje liczby, nazwy lub &apos;(&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a number, a name or &apos;(&apos; is missing before the &apos;%1&apos; at character %2</source>
        <translation>przed &apos;%1&apos; na pozycji %2 brakuje liczby, nazwy lub &apos;(&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected &apos;%1&apos; at character %2: a formula has numbers, KPI ids, + - * / and parentheses</source>
        <translation>nieoczekiwany element &apos;%1&apos; na pozycji %2: formuła składa się z liczb, identyfikatorów KPI, + - * / i nawiasów</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>unknown name &apos;%1&apos; at character %2; did you mean &apos;%3&apos;?</source>
        <translation>nieznana nazwa &apos;%1&apos; na pozycji %2; czy chodziło o &apos;%3&apos;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown name &apos;%1&apos; at character %2: use the id of a KPI (leads, revenue, media_cost, …; funnelscope-cli kpi add --help lists them)</source>
        <translation>nieznana nazwa &apos;%1&apos; na pozycji %2: użyj identyfikatora KPI (leads, revenue, media_cost, …; wyświetla je funnelscope-cli kpi add --help)</translation>
    </message>
</context>
<context>
    <name>funnelscope::ReconciliationView</name>
    <message>
        <location filename="../../ui/reconciliationview.cpp" line="-88"/>
        <source>&lt;b&gt;Reconciliation&lt;/b&gt;: leads the platforms reported against leads in the CRM</source>
        <translation>&lt;b&gt;Uzgodnienie&lt;/b&gt;: leady zgłoszone przez platformy a leady w CRM</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Platforms count form fills and conversions by their own rules and windows; the CRM counts contacts by creation date. The KPIs use the CRM&apos;s leads when there are any.</source>
        <translation>Platformy liczą wypełnienia formularzy i konwersje według własnych reguł i okien konwersji; CRM liczy kontakty według daty utworzenia. KPI korzystają z leadów z CRM, jeśli takie istnieją.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform-reported leads</source>
        <translation>Leady według platform</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CRM leads</source>
        <translation>Leady w CRM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Różnica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference %</source>
        <translation>Różnica %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analytics key events</source>
        <translation>Kluczowe zdarzenia Analytics</translation>
    </message>
</context>
<context>
    <name>funnelscope::RejectedRowsModel</name>
    <message>
        <location filename="../../core/importing/importlistmodel.cpp" line="+48"/>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Przyczyna</translation>
    </message>
</context>
<context>
    <name>funnelscope::ReportChoicesDialog</name>
    <message>
        <location filename="../../ui/reportchoicesdialog.cpp" line="+25"/>
        <source>Export review</source>
        <translation>Eksportuj przegląd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Anna Nowak</source>
        <translation>np. Anna Nowak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. the Board</source>
        <translation>np. Zarząd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared &amp;by:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared &amp;for:</source>
        <translation>&amp;Dla kogo:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Sections (Space ticks or clears the selected one):</source>
        <translation>&amp;Sekcje (Spacja zaznacza lub odznacza wybraną):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your comment, printed at the top of this section under your name. Leave a blank line between paragraphs.</source>
        <translation>Twój komentarz, drukowany na początku tej sekcji pod Twoim nazwiskiem. Oddzielaj akapity pustym wierszem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;All</source>
        <translation>&amp;Wszystkie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;None</source>
        <translation>Ż&amp;adne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Eksportuj PDF…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Komentarz:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Comment on “%1” (printed at the top of that section):</source>
        <translation>&amp;Komentarz do sekcji „%1” (drukowany na jej początku):</translation>
    </message>
</context>
<context>
    <name>funnelscope::RowDrillModel</name>
    <message>
        <location filename="../../core/store/rowdrillmodel.cpp" line="+76"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row of</source>
        <translation>Typ wiersza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>not recorded</source>
        <translation>nie zapisano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (+%2 merged)</source>
        <translation>%1 (scalono: +%2)</translation>
    </message>
</context>
<context>
    <name>funnelscope::TeamSession</name>
    <message>
        <location filename="../../ui/teamsession.cpp" line="+28"/>
        <source>%1 on %2</source>
        <translation>%1 na %2</translation>
    </message>
</context>
<context>
    <name>funnelscope::TrendChart</name>
    <message>
        <location filename="../../ui/trendchart.cpp" line="+173"/>
        <source>%1, comparison period</source>
        <translation>%1, okres porównawczy</translation>
    </message>
    <message>
        <location filename="../../ui/breakdownchart.cpp" line="+96"/>
        <location filename="../../ui/trendchart.cpp" line="+118"/>
        <source>No %1 in this period.
%2</source>
        <translation>%1: brak danych w tym okresie.
%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="+43"/>
        <source>Preparing the demo workspace…</source>
        <translation>Przygotowywanie demonstracyjnego obszaru roboczego…</translation>
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
        <translation>Wskaźniki KPI marketingu wzdłuż lejka B2B.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace file, or team workspace (postgresql://USER@HOST:PORT/DATABASE), to open (default: the last file, or the demo).</source>
        <translation>Plik obszaru roboczego lub obszar roboczy zespołu (postgresql://UŻYTKOWNIK@HOST:PORT/BAZA) do otwarcia (domyślnie: ostatni plik lub demo).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a picture of every tab into DIR at 1440×900 and quit.</source>
        <translation>Zapisuje obraz każdej karty w katalogu DIR w rozdzielczości 1440×900 i kończy działanie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print how long the start and five filter changes take, then quit.</source>
        <translation>Wypisuje czas uruchomienia i pięciu zmian filtrów, po czym kończy działanie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the app in this language (%1) instead of the one chosen in View → Language.</source>
        <translation>Pokaż aplikację w tym języku (%1) zamiast wybranego w menu Widok → Język.</translation>
    </message>
</context>
</TS>
