#pragma once

#include <QChart>
#include <QColor>
#include <QList>
#include <QLocale>
#include <QPalette>

namespace funnelscope::theme {

// Colours that stay readable on light and dark palettes.
inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

inline QColor good(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x6c, 0xd6, 0x8c) : QColor(0x1a, 0x7f, 0x37);
}

inline QColor bad(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc0, 0x26, 0x26);
}

inline QColor muted(const QPalette &palette)
{
    return palette.color(QPalette::PlaceholderText);
}

inline QColor accent(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x7a, 0xb8, 0xff) : QColor(0x1f, 0x6f, 0xd1);
}

// Annotations on charts: amber, apart from the series' colours.
inline QColor warning(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf2, 0xc1, 0x4e) : QColor(0x9a, 0x5b, 0x00);
}

// Series colours (Okabe–Ito, distinguishable with colour blindness).
inline QList<QColor> series()
{
    return {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
            QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00), QColor(0xf0, 0xe4, 0x42), QColor(0x99, 0x99, 0x99)};
}

inline QColor card(const QPalette &palette)
{
    return isDark(palette) ? palette.color(QPalette::Base).lighter(115) : palette.color(QPalette::Base);
}

// Empties a chart for new data and styles it for the palette: its theme, card background and a bold title.
inline void resetChart(QChart *chart, const QPalette &palette, const QString &title)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(card(palette));
    chart->setTitle(title);
    // Axis numbers as the chosen language writes them (0,5%, 1 500k), like the cards and tables beside them.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
}

} // namespace funnelscope::theme
