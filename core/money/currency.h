#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace funnelscope {

// Currencies as imports write them: ISO 4217 codes, and the symbols exports put in cells and headers.
namespace currency {

// What amounts are in when nobody could say (stored before currencies were recorded): ISO 4217's "no currency".
inline const QString Unknown = QStringLiteral("XXX");

// The codes Funnelscope recognises in cells and headers (and accepts for --currency).
bool isCode(QStringView code);

// A currency a cell or header names: a code, or a symbol that names one currency (zł, €, ₺, ₽, NT$, £, ₹ ...), or an
// ambiguous symbol ($, ¥, kr) that only an account or import currency resolves.
struct Mention
{
    QString code;      // the currency, or empty
    QString ambiguous; // the ambiguous symbol as written ("$"), or empty
    bool isEmpty() const { return code.isEmpty() && ambiguous.isEmpty(); }
};

// The currency written next to an amount ("12,50 zł", "PLN 12.50", "$12,500", "NT$1,234"), if any.
Mention inAmount(QStringView cell);
// The currency a whole cell names ("PLN", "zł", "$"): a currency column's value.
Mention inCell(QStringView cell);
// The currency a header names: "Amount spent (INR)", "Cost [EUR]", "Koszt (PLN)".
QString inHeader(QStringView header);
// Whether an ambiguous symbol can stand for code ("$" for USD, CAD, AUD ...; "¥" for JPY or CNY).
bool symbolFits(QStringView symbol, QStringView code);
// The codes an ambiguous symbol may stand for, for a message ("USD, CAD, AUD, ...").
QString candidates(QStringView symbol);

// How an amount in code is labelled for a reader in locale (docs/decisions.md, "How money is written"): the
// locale's own currency by the locale's own symbol (zł in Polish, ₽ in Russian, ¥ in zh_CN, $ in en_US), except
// TWD, always NT$; a currency whose sign is one currency's alone by that sign (€, £, ₹, ₩, ₪, ₴, ₽, ₺); a dollar or
// yen qualified where a bare sign could mislead (US$ where the reader's own currency is written with a $, CA$, A$,
// NZ$, HK$, MX$, R$, NT$, CN¥, JP¥; a plain $ for USD elsewhere); any other currency by its ISO code. The C
// locale reads as American English.
QString symbol(QStringView code, const QLocale &locale);
// The currency's minor units (ISO 4217): 0 for JPY, KRW, VND, CLP, ISK ..., 3 for KWD, BHD, JOD ..., else 2 (TWD
// included: ISO's 2, as ad platforms bill it, though Taiwan prices in whole dollars).
int minorUnits(QStringView code);

} // namespace currency

} // namespace funnelscope
