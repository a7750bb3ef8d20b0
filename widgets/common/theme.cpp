#include "widgets/common/theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace fc::Theme {

void apply(QApplication &app, MapTheme theme, bool wall)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    if (theme == MapTheme::Dark) {
        const QColor window(22, 28, 38), base(15, 20, 28), text(222, 230, 238), accent(32, 132, 220);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, QColor(26, 33, 45));
        p.setColor(QPalette::ToolTipBase, QColor(35, 44, 58));
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::PlaceholderText, QColor(130, 140, 155));
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, QColor(32, 40, 54));
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::BrightText, QColor(255, 80, 80));
        p.setColor(QPalette::Highlight, accent);
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, QColor(90, 170, 255));
        p.setColor(QPalette::Mid, QColor(45, 55, 70));
        p.setColor(QPalette::Dark, QColor(12, 16, 22));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(110, 118, 130));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(110, 118, 130));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(110, 118, 130));
    } else {
        p = app.style()->standardPalette();
        p.setColor(QPalette::Highlight, QColor(32, 120, 210));
    }
    app.setPalette(p);
    // The interface and map font (the map canvas takes the application font's family): a setting,
    // with a CJK font that ships with Debian as the default.
    QFont f(QSettings().value(QStringLiteral("ui/fontFamily"), QStringLiteral("WenQuanYi Micro Hei")).toString());
    f.setPointSizeF(wall ? 18.0 : 10.0); // the wall: 1.8x, read from across the command room
    app.setFont(f);
    const QString border = theme == MapTheme::Dark ? QStringLiteral("#2c3a4e") : QStringLiteral("#c8ccd2");
    app.setStyleSheet(QStringLiteral(
                          "QDockWidget::title { padding: 4px 8px; font-weight: bold; background: %1; }"
                          "QToolBar { spacing: 4px; padding: 2px; border-bottom: 1px solid %2; }"
                          "QStatusBar QLabel { padding: 0 8px; }"
                          "QTreeView, QTableView, QTableWidget { border: 1px solid %2; }")
                          .arg(theme == MapTheme::Dark ? QStringLiteral("#1b2533") : QStringLiteral("#e4e7eb"), border));
}

} // namespace fc::Theme
